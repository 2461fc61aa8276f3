// Boundary check run by `npm run lint`; the rules live in scripts/boundaries, one file each.
import { checkBoundaries, rules } from './boundaries/index.mjs';
import { knownViolations } from './boundaries/known-violations.mjs';

const root = new URL('..', import.meta.url).pathname;
const found = checkBoundaries(root);
const known = new Set(knownViolations);
const problems = found.filter((problem) => !known.has(problem));
const fixed = knownViolations.filter((problem) => !found.includes(problem));
if (fixed.length > 0) {
  console.warn(
    `Fixed, remove from scripts/boundaries/known-violations.mjs:\n${fixed.map((p) => `  ${p}`).join('\n')}`,
  );
}
if (problems.length > 0) {
  console.error(`Boundary check failed:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
const allowed = knownViolations.length - fixed.length;
console.log(
  `Boundary check passed (${Object.keys(rules).join('; ')})` +
    (allowed > 0 ? `, ${allowed} known violations allowed.` : '.'),
);
