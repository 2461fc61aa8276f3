// Public pages: one mechanism (layout, languages, caching, sitemap, QR codes) that features give
// kinds of page to. See apps/api/README.md, "Public pages".
export { addPublicForms, type FormBody, sentFromElsewhere } from './forms';
export { type PublicLanguage, publicLanguages } from './languages';
export {
  type AnyPublicPageKind,
  definePublicPage,
  type JsonLd,
  type PublicOrganisation,
  type PublicPageContent,
  type PublicPageContext,
  type PublicPageKind,
} from './page-kind';
export { type PageScript, pageScript, sendPageScript } from './page-scripts';
export { type PrivatePage, privatePageLanguage, sendPrivatePage } from './private-page';
export { addPublicPages, registerPublicPages } from './public-pages.routes';
export { findPublishedOrganisation } from './published-organisations';
export { type QrFormat, qrCode } from './qr-code';
