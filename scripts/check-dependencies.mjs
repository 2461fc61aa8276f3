// `npm run check:dependencies`: what Tutti ships must be ours to ship.
// 1. Licences: every package installed for production (package-lock.json, dev tools left out)
//    declares a licence that lets Tutti be distributed under AGPL-3.0-or-later. Fails otherwise.
// 2. Known vulnerabilities: asks the registry's audit service (`npm audit`) for production
//    packages at high severity or above. Fails on a finding; when the service does not answer
//    (as on machines that reach only the registry's package files), says so and names the manual
//    step in CONTRIBUTING.md instead of passing in silence.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import satisfies from 'spdx-satisfies';

const root = new URL('../', import.meta.url).pathname;

/** Licences compatible with distributing the whole under AGPL-3.0-or-later. */
const ALLOWED = [
  '0BSD',
  'AGPL-3.0-or-later',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'GPL-3.0-or-later',
  'ISC',
  'LGPL-3.0-or-later',
  'MIT',
  'MIT-0',
  'Unlicense',
  'Zlib',
];

/** Packages whose published metadata names no SPDX licence, read by hand from their files. */
const READ_BY_HAND = {
  buffers: { license: 'MIT', where: 'README.markdown, "License: MIT"' },
  chainsaw: { license: 'MIT', where: 'package.json, "MIT/X11"' },
  'combine-errors': { license: 'MIT', where: 'Readme.md, "License: MIT"' },
  'png-js': { license: 'MIT', where: 'LICENSE, "MIT License"' },
};

function checkLicences() {
  const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8'));
  const refused = [];
  let checked = 0;
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path.includes('node_modules/') || entry.dev || entry.link) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const license = READ_BY_HAND[name]?.license ?? entry.license;
    checked += 1;
    let allowed = false;
    try {
      allowed = typeof license === 'string' && satisfies(license, ALLOWED);
    } catch {
      allowed = false; // not an SPDX expression
    }
    if (!allowed) refused.push(`${name}@${entry.version}: ${license ?? 'no licence declared'}`);
  }
  console.log(`Licences: ${checked} production packages checked against ${ALLOWED.join(', ')}`);
  if (refused.length > 0) {
    console.error(
      `Licences not allowed (or not declared; read the package and add it to READ_BY_HAND):\n  ${refused.join('\n  ')}`,
    );
    return false;
  }
  return true;
}

function checkVulnerabilities() {
  let output;
  try {
    output = execFileSync('npm', ['audit', '--omit=dev', '--json'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
  } catch (error) {
    // npm audit exits 1 when it finds something, and also when the service fails.
    output = error.stdout ?? '';
  }
  let report;
  try {
    report = JSON.parse(output);
  } catch {
    report = null;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report?.message ?? report?.error?.summary ?? 'no answer from the audit service';
    console.log(
      `Vulnerabilities: NOT CHECKED here (${reason.split('\n')[0]}). Manual step before a release, on a machine that reaches the registry: \`npm audit --omit=dev\` (CONTRIBUTING.md, "Dependencies").`,
    );
    return true;
  }
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  console.log(
    `Vulnerabilities (production packages): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
  );
  if (serious > 0) console.error('High or critical vulnerabilities: run `npm audit --omit=dev`.');
  return serious === 0;
}

const licencesOk = checkLicences();
const vulnerabilitiesOk = checkVulnerabilities();
if (!licencesOk || !vulnerabilitiesOk) process.exit(1);
