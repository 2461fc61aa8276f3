// Plain-JavaScript worker bootstrap: registers tsx so the TypeScript worker entry can load without a build step.
import { register } from 'tsx/esm/api';

register();
await import('./worker-entry.node.ts');
