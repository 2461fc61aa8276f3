import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { roles } from '../common';
import { can, type Permission, policies, rolesWith } from './index';

const root = new URL('../../../../', import.meta.url).pathname;
const permissions = Object.entries(policies).flatMap(([module, table]) =>
  Object.keys(table).map((action) => `${module}.${action}` as Permission),
);

function* productionSources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'testing') continue;
    if (statSync(path).isDirectory()) yield* productionSources(path);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) yield path;
  }
}

describe('the policy tables', () => {
  test('answer from the table: coordinators plan sessions, viewers do not, artists mark theirs done', () => {
    expect(can('coordinator', 'sessions.plan')).toBe(true);
    expect(can('viewer', 'sessions.plan')).toBe(false);
    expect(can('artist', 'sessions.markDone')).toBe(true);
    expect(rolesWith('outbox.read')).toEqual(['admin']);
  });

  test('list each role at most once, and only known roles', () => {
    for (const permission of permissions) {
      const allowed = rolesWith(permission);
      expect(allowed.length, permission).toBeGreaterThan(0);
      expect(new Set(allowed).size, permission).toBe(allowed.length);
      for (const role of allowed) expect(roles, permission).toContain(role);
    }
  });

  test('let admins do whatever coordinators may do', () => {
    for (const permission of permissions) {
      if (can('coordinator', permission)) expect(can('admin', permission), permission).toBe(true);
    }
  });

  test('name no action that neither the API nor the web app checks', () => {
    const sources = ['apps/api/src', 'apps/web/src']
      .flatMap((dir) => [...productionSources(join(root, dir))])
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = permissions.filter((permission) => !sources.includes(`'${permission}'`));
    expect(unused).toEqual([]);
  });
});
