// The `vocabulary` namespace (session kinds and statuses, roles, transport modes, yes/no) in
// French: the one translation lives in @tutti/contracts, shared with the API's pages and exports.
import { fr } from '@tutti/contracts/vocabulary/fr';

export { fr };

declare module 'i18next' {
  interface ResourceNamespaceMap {
    vocabulary: typeof fr;
  }
}
