// `npm start`: builds what changed, then runs the server in its own process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

await import('./build.mjs');
const server = spawn(
  process.execPath,
  ['--enable-source-maps', fileURLToPath(new URL('../apps/api/dist/server.js', import.meta.url))],
  {
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
