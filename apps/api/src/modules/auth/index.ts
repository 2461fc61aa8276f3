// What the app (routes) and other modules may use from accounts: the account lookup and creation
// an accepted member invitation needs, and the signed-in person's profile it answers with.
export { findUserByEmail, insertUser } from './accounts';
export { accountTokensRetention, loginsRetention } from './auth.retention';
export { registerAuthRoutes } from './auth.routes';
export { getMe, getMeForNewLogin } from './auth.service';
