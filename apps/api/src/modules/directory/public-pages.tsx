// The public directory (/p/<org>/annuaire) and one page per listing (/p/<org>/ensembles/<code>),
// given to the public pages mechanism: cached per data version and day, in the sitemap. Only
// published listings confirmed within 12 months are read.
import { PUBLIC_CODE_PATTERN, PUBLIC_SLUG_PATTERN } from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import { definePublicPage, type PublicPageContext } from '../../platform/public-pages';
import { visibleSince } from './confirmation';
import * as directory from './directory.repository';
import {
  confirmedOn,
  EnsembleFacts,
  ensemblePath,
  musicGroupJsonLd,
  type PublicEnsemble,
} from './ensemble-view';
import { directoryTexts } from './i18n';

/** The listings shown on the directory's page: enough to browse, light enough for a phone. */
const LISTED = 60;

export const DIRECTORY_PATH = '/annuaire';
export const FINDER_PATH = '/annuaire/trouver';
export const PROPOSAL_PATH = '/annuaire/proposer';

/** The first instant of the organisation's day, for "confirmed within 12 months". */
const since = (context: Pick<PublicPageContext, 'today'>) =>
  visibleSince(new Date(`${context.today}T00:00:00Z`));

export const directoryPage = definePublicPage({
  id: 'directory',
  path: DIRECTORY_PATH,
  parseParams: (raw) => (PUBLIC_SLUG_PATTERN.test(raw.orgSlug ?? '') ? {} : null),
  async load(tx, _params, context) {
    const { rows, total } = await directory.listVisible(tx, since(context), LISTED);
    const places = await directory.placesOf(
      tx,
      rows.map((r) => r.id),
    );
    return {
      total,
      items: rows.map((row) => ({
        row,
        communes: [
          ...new Set(
            places.filter((p) => p.ensembleId === row.id).flatMap((p) => p.communeName ?? []),
          ),
        ],
      })),
    };
  },
  render({ total, items }, context) {
    const { org, lang } = context;
    const texts = directoryTexts[lang];
    const words = VOCABULARY[lang];
    const link = (path: string) => `${context.orgUrl(path)}?lang=${lang}`;
    return {
      title: texts.directoryTitle,
      description: texts.directoryDescription(org.name),
      body: (
        <>
          <h1>{texts.directoryTitle}</h1>
          <p class="lead">{texts.directoryLead(org.name)}</p>
          <p>
            <a class="button" href={link(FINDER_PATH)}>
              {texts.findCta}
            </a>
          </p>
          <h2>{texts.listTitle}</h2>
          {total === 0 ? (
            <p>{texts.empty}</p>
          ) : (
            <>
              <p class="muted">
                {total > items.length
                  ? texts.listMore(items.length, total)
                  : texts.listCount(total)}
              </p>
              <ul class="events">
                {items.map(({ row, communes }) => (
                  <li key={row.id}>
                    <a href={link(ensemblePath(row.publicCode))}>{row.name}</a>
                    <br />
                    {words.ensembleKind[row.kind]} · {communes.join(', ')}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            <a href={link(PROPOSAL_PATH)}>{texts.proposeCta}</a>
          </p>
        </>
      ),
    };
  },
  jsonLd({ items }, context) {
    return {
      '@type': 'ItemList',
      name: directoryTexts[context.lang].directoryTitle,
      url: context.orgUrl(DIRECTORY_PATH),
      itemListElement: items.map(({ row }, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        url: context.orgUrl(ensemblePath(row.publicCode)),
        name: row.name,
      })),
    };
  },
  // An empty directory is not worth a search engine's visit.
  sitemap: async (tx, context) =>
    (await directory.visibleCodes(tx, since(context))).length > 0 ? [DIRECTORY_PATH] : [],
});

export const ensemblePage = definePublicPage({
  id: 'ensemble',
  path: '/ensembles/:code',
  parseParams: (raw) => (PUBLIC_CODE_PATTERN.test(raw.code ?? '') ? { code: raw.code! } : null),
  async load(tx, { code }, context): Promise<PublicEnsemble | null> {
    const row = await directory.findEnsembleByCode(tx, code);
    const confirmed = row?.status === 'published' ? row.lastConfirmedAt : null;
    if (!row || !confirmed || confirmed < since(context)) return null;
    return { row, places: await directory.placesOf(tx, [row.id]) };
  },
  render(ensemble, context) {
    const { lang } = context;
    const texts = directoryTexts[lang];
    const kind = VOCABULARY[lang].ensembleKind[ensemble.row.kind];
    const communes = [...new Set(ensemble.places.flatMap((p) => p.communeName ?? []))];
    return {
      title: ensemble.row.name,
      description: ensemble.row.description ?? texts.ensembleDescription(kind, communes.join(', ')),
      ogType: 'music.musician',
      body: (
        <>
          <p>
            <span class="badge">{kind}</span>
          </p>
          <h1>{ensemble.row.name}</h1>
          {ensemble.row.description && <p class="lead">{ensemble.row.description}</p>}
          <EnsembleFacts ensemble={ensemble} lang={lang} />
          <p class="muted">{confirmedOn(ensemble.row, lang)}</p>
          <p>
            <a href={`${context.orgUrl(DIRECTORY_PATH)}?lang=${lang}`}>{texts.backToDirectory}</a>
          </p>
        </>
      ),
    };
  },
  jsonLd: (ensemble, context) => musicGroupJsonLd(ensemble, context),
  sitemap: async (tx, context) =>
    (await directory.visibleCodes(tx, since(context))).map(ensemblePath),
});
