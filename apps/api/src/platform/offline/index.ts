// The offline operation log: the registry of operation kinds and its one endpoint.
export {
  type AppliedOutcome,
  defineOperationKind,
  type OperationOf,
  operationRegistry,
  type Refusal,
} from './operation-kinds';
export { registerOfflineLogRoutes } from './operation-log.routes';
