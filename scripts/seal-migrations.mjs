// `npm run migrations:seal`: lists new migrations in packages/db/migrations/checksums.txt.
import { sealMigrations } from './boundaries/seal-migrations.mjs';

const root = new URL('..', import.meta.url).pathname;
const { added, refused } = sealMigrations(root);
if (refused.length > 0) {
  console.error(
    `Nothing sealed: committed migrations changed.\n${refused.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  added.length > 0 ? `Sealed ${added.join(', ')}.` : 'Every migration is already sealed.',
);
