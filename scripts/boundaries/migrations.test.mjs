import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMigrations } from './migrations.mjs';
import { sealMigrations } from './seal-migrations.mjs';
import { writeTree } from './testing/write-tree.mjs';

const dir = 'packages/db/migrations';

const sealedTree = () => {
  const root = writeTree({
    [`${dir}/0000_first.sql`]: 'create table a (id int);\n',
    [`${dir}/0001_second.sql`]: 'create table b (id int);\n',
    [`${dir}/meta/_journal.json`]: '{}\n',
  });
  sealMigrations(root);
  return root;
};

describe('append-only migrations', () => {
  it('passes once every migration is sealed, and sealing again adds nothing', () => {
    const root = sealedTree();
    expect(checkMigrations(root)).toEqual([]);
    expect(sealMigrations(root)).toEqual({ added: [], refused: [] });
  });

  it('fails on an edited migration', () => {
    const root = sealedTree();
    writeFileSync(join(root, dir, '0000_first.sql'), 'create table a (id bigint);\n');
    expect(checkMigrations(root)).toEqual([
      `${dir}/0000_first.sql: edited after it was sealed (add a new migration instead)`,
    ]);
  });

  it('fails on a deleted migration', () => {
    const root = sealedTree();
    rmSync(join(root, dir, '0001_second.sql'));
    expect(checkMigrations(root)).toEqual([
      `${dir}/0001_second.sql: deleted, but committed migrations stay`,
    ]);
  });

  it('fails on a new migration until it is sealed, then seals only the new file', () => {
    const root = sealedTree();
    writeFileSync(join(root, dir, '0002_third.sql'), 'create table c (id int);\n');
    expect(checkMigrations(root)).toHaveLength(1);
    const before = readFileSync(join(root, dir, 'checksums.txt'), 'utf8');
    expect(sealMigrations(root)).toEqual({ added: ['0002_third.sql'], refused: [] });
    const after = readFileSync(join(root, dir, 'checksums.txt'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatch(/^[0-9a-f]{64} {2}0002_third\.sql\n$/);
    expect(checkMigrations(root)).toEqual([]);
  });

  it('refuses to seal while a sealed migration was edited, and writes nothing', () => {
    const root = sealedTree();
    const before = readFileSync(join(root, dir, 'checksums.txt'), 'utf8');
    writeFileSync(join(root, dir, '0001_second.sql'), 'drop table b;\n');
    writeFileSync(join(root, dir, '0002_third.sql'), 'create table c (id int);\n');
    expect(sealMigrations(root).refused).toHaveLength(1);
    expect(readFileSync(join(root, dir, 'checksums.txt'), 'utf8')).toBe(before);
  });
});
