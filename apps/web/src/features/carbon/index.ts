// What other features may use from carbon accounting: the module and the footprint panel that
// session and project pages embed (`<FootprintPanel orgId={...} projectId={...} />`).
export { FootprintPanel } from './components/footprint-panel';
export { carbonModule } from './module';
