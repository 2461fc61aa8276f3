// Pages for people without accounts (a guardian's children, a group's programme), rendered
// through the public pages mechanism; entered only through this file.

export { LINK_REQUEST_PATH, SIGN_OUT_PATH } from './guardian-pages';
export { registerGuestPages } from './guest-pages.routes';
