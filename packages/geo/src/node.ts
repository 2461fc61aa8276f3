// Node entry of @tutti/geo: loaders that read the installed reference data packages.

// `.js` on purpose: extensionless "./load.node" is read as a native addon by Node's ESM loader.
export type { LoadReport } from './communes/load.node.js';
export { geonamesDumpPath, loadCommuneDataset } from './communes/load.node.js';
export {
  communeFilesDir,
  readCommuneFilesIndex,
  readDepartmentShapes,
} from './communes/official.node.js';
