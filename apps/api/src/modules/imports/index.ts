// What the app and other modules may use from imports and exports: its routes, for the app to
// mount.

export { importFilesRetention } from './imports.retention';
export { registerImportRoutes } from './imports.routes';
