// The person who runs the server. Two things reach only them: lines printed on the server's
// console (outside the structured log), and a key, in a file next to the embedded data folder,
// with which `npm run outbox` reads the outbox of the running server that holds that folder.
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { randomToken, sameSecret } from './auth/tokens';

export type Operator = {
  /** Prints one line on the server's standard output, whatever the log level. */
  print(line: string): void;
  /** What `npm run outbox` must send to read this server's outbox; null: no such access. */
  outboxKey: string | null;
};

/** The file that tells `npm run outbox` where the server holding `dataDir` listens, and its key. */
export function operatorKeyFile(dataDir: string) {
  return join(dataDir, '..', `${basename(dataDir)}.operator.json`);
}

export type OperatorKey = { url: string; key: string };

/** A new key for this server's life. */
export function newOperatorKey() {
  return randomToken();
}

/** Written once the server listens; readable by its owner only (the key reads every message). */
export function writeOperatorKey(dataDir: string, value: OperatorKey) {
  const file = operatorKeyFile(dataDir);
  writeFileSync(file, JSON.stringify(value), { mode: 0o600 });
  // `mode` applies only to a new file: one left by a killed server keeps what it had.
  chmodSync(file, 0o600);
  return () => {
    if (readOperatorKey(dataDir)?.key === value.key) rmSync(file, { force: true });
  };
}

export function readOperatorKey(dataDir: string): OperatorKey | null {
  try {
    const parsed = JSON.parse(readFileSync(operatorKeyFile(dataDir), 'utf8')) as OperatorKey;
    return typeof parsed.url === 'string' && typeof parsed.key === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

/** Whether `authorization` (a request's header) carries the operator's key. */
export function holdsOperatorKey(operator: Operator | undefined, authorization: unknown) {
  const key = operator?.outboxKey;
  if (!key || typeof authorization !== 'string') return false;
  const [scheme, value] = authorization.split(' ');
  return scheme?.toLowerCase() === 'bearer' && value !== undefined && sameSecret(value, key);
}

/** The address the command line reaches the server at, on this machine. */
export function localUrl(address: { address: string; port: number; family: string }) {
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? '127.0.0.1' : address.address;
  return `http://${address.family === 'IPv6' && !wildcard ? `[${host}]` : host}:${address.port}`;
}
