// Prints the worked example of the README: the demo rural project, its footprint and reductions.

import { en } from '../src/i18n/en';
import {
  ADEME_2025,
  carpoolScenario,
  combineScenarios,
  compareScenarios,
  computeFootprint,
  electricScenario,
  groupByAreaScenario,
  onlineScenario,
  suggestReductions,
  trainScenario,
} from '../src/index';
import { RURAL_PROJECT_DENOMINATORS, ruralProjectTrips } from '../src/testing/rural-project';

const trips = ruralProjectTrips();
const factors = ADEME_2025;
const footprint = computeFootprint({ trips, factors, ...RURAL_PROJECT_DENOMINATORS });
const kg = (value: number) => value.toFixed(1);

console.log(`Factor version: ${footprint.factorVersion}; trips: ${trips.length}`);
console.log(`Total: ${kg(footprint.totalCo2eKg)} kg CO2e`);
for (const [source, value] of Object.entries(footprint.bySource)) {
  console.log(
    `  ${source}: ${kg(value)} kg (${((100 * value) / footprint.totalCo2eKg).toFixed(0)} %)`,
  );
}
console.log(
  `Per beneficiary: ${footprint.perBeneficiaryCo2eKg?.toFixed(3)} kg; per activity hour: ${kg(footprint.perActivityHourCo2eKg ?? 0)} kg`,
);

const comparison = compareScenarios({
  baseline: trips,
  factors,
  scenarios: [
    carpoolScenario(trips),
    trainScenario(trips),
    groupByAreaScenario(trips),
    onlineScenario(trips, { factors, share: 0.2 }),
    electricScenario(trips),
    combineScenarios(trips, [groupByAreaScenario, carpoolScenario, trainScenario]),
  ],
});
console.log('\nScenario | total kg | Δ kg | Δ % | Δ travel person-hours');
for (const row of comparison.rows) {
  console.log(
    `${row.lever} | ${kg(row.totalCo2eKg)} | ${kg(row.deltaCo2eKg)} | ${row.deltaPct?.toFixed(1)} | ${row.deltaTravelHours.toFixed(1)}`,
  );
}

type Tree = { [key: string]: string | Tree };
function lookup(key: string): string {
  let node: string | Tree = en;
  for (const part of key.split('.')) node = typeof node === 'string' ? node : (node[part] ?? '');
  return typeof node === 'string' ? node : key;
}
function render(message: { key: string; params: Record<string, number | string> }): string {
  return lookup(message.key).replace(/\{\{(\w+)(, number)?\}\}/g, (_, name: string) =>
    String(message.params[name]),
  );
}

console.log('\nReductions:');
for (const reduction of suggestReductions({ trips, factors })) {
  console.log(`- ${render(reduction.message)} ${render(reduction.timeMessage)}`);
}
