// Prepares one migrated database per test run; every test file then starts from a copy of it
// (or of the demo database made from it: test-database.ts).
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@tutti/db';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    // The run's database becomes the template each test file copies (CREATE DATABASE ... TEMPLATE).
    const database = await openDatabase({ kind: 'postgres', url });
    await database.migrate();
    await database.close();
    project.provide('databaseTemplateUrl', url);
    return async () => dropCopies(url);
  }
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await database.migrate();
  const dumpPath = join(tmpdir(), `tutti-test-${process.pid}.tar`);
  writeFileSync(dumpPath, Buffer.from(await (await database.dump()).arrayBuffer()));
  await database.close();
  project.provide('pgliteDumpPath', dumpPath);
  // The dump, and the demo dump that test-database.ts may have made beside it.
  const demoPath = dumpPath.replace(/\.tar$/, '-demo.tar');
  return () => {
    for (const path of [dumpPath, demoPath, `${demoPath}.part`, `${demoPath}.lock`])
      rmSync(path, { recursive: true, force: true });
  };
}

async function dropCopies(templateUrl: string) {
  const template = new URL(templateUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: templateUrl });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(
    'select datname from pg_database where datname like $1',
    [`${template}_f%`],
  );
  await admin.end();
  const server = new pg.Client({ connectionString: withDatabase(templateUrl, 'postgres') });
  await server.connect();
  for (const { datname } of rows)
    await server.query(`drop database if exists "${datname}" with (force)`);
  await server.end();
}

export function withDatabase(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplateUrl?: string;
    pgliteDumpPath?: string;
  }
}
