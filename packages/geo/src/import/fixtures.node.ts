// Reads the handcrafted fixture files (published column layouts, invented values) for tests.

import { readFileSync } from 'node:fs';

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}
