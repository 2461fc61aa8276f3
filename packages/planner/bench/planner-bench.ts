// `npm run bench:planner -- [--set solomon|homberger-1000] [--busy] …`: see the package README.
import { parseFlags } from '../src/cli/main-flags';
import { startBusyNeighbour } from './bench-run';
import { hombergerBench } from './homberger-bench';
import { solomonBench } from './solomon-bench';

const { flags } = parseFlags(process.argv.slice(2), ['busy']);
const set = flags.get('set') ?? 'solomon';
const stopBusy = flags.has('busy') ? startBusyNeighbour() : () => {};
try {
  if (set === 'solomon') await solomonBench(flags);
  else if (set === 'homberger-1000') await hombergerBench(flags);
  else throw new Error(`unknown set ${set} (solomon or homberger-1000)`);
} finally {
  stopBusy();
}
