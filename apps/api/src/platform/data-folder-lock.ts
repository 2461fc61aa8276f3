// The embedded database belongs to one process at a time: a second one (a server, or
// `npm run seed`) on the same folder would corrupt it. A lock file next to the folder names the
// holder by process id, the process's start time and a random instance id, so that a lock left
// by a killed process (kill -9, a power cut) is recognised at once, even when its process id has
// since gone to another program, or while the killed process is still being reaped.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Holder = { pid: number; startedAt: string | null; instance: string };

/** When the process started, as the kernel counts it (Linux); null where /proc is missing. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is the state (Z: exited, waiting to be reaped); fields[19] the start time.
    if (fields[0] === 'Z' || fields[0] === 'X') return null;
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie answers signal 0 but holds nothing any more.
  return !existsSync(`/proc/${pid}`) || processStartTime(pid) !== null;
}

function readHolder(lockFile: string): Holder | null {
  let text: string;
  try {
    text = readFileSync(lockFile, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(text) as Partial<Holder> | number;
    // An older lock held the process id alone.
    if (typeof parsed === 'number') return { pid: parsed, startedAt: null, instance: '' };
    if (typeof parsed.pid !== 'number') return null;
    return {
      pid: parsed.pid,
      startedAt: parsed.startedAt ?? null,
      instance: parsed.instance ?? '',
    };
  } catch {
    return null;
  }
}

/** Whether the lock's holder is still the process that wrote it. */
function holds(holder: Holder) {
  if (holder.pid === process.pid || !isRunning(holder.pid)) return false;
  // The same process id with another start time is another program.
  if (holder.startedAt !== null && existsSync(`/proc/${holder.pid}`)) {
    return processStartTime(holder.pid) === holder.startedAt;
  }
  return true;
}

function lockFileOf(dataDir: string) {
  return join(dataDir, '..', `${dataDir.split('/').pop()}.pid`);
}

/** The process id of the live process holding the data folder, or null when none does. */
export function dataFolderHolder(dataDir: string): number | null {
  const holder = readHolder(lockFileOf(dataDir));
  return holder && holds(holder) ? holder.pid : null;
}

/**
 * Claims the data folder for this process, or throws naming the live holder. Returns the release,
 * which removes the lock only while it is still this instance's.
 */
export function claimDataFolder(dataDir: string): () => void {
  // The folder and its parent may not exist yet (a first start, or TUTTI_DATA_DIR set anew).
  mkdirSync(dataDir, { recursive: true });
  const lockFile = lockFileOf(dataDir);
  const holder = readHolder(lockFile);
  if (holder && holds(holder)) {
    throw new Error(
      `Another Tutti process (pid ${holder.pid}) is using the data folder ${dataDir}. Stop it first.`,
    );
  }
  const own: Holder = {
    pid: process.pid,
    startedAt: processStartTime(process.pid),
    instance: randomUUID(),
  };
  writeFileSync(lockFile, JSON.stringify(own));
  return () => {
    if (readHolder(lockFile)?.instance === own.instance) rmSync(lockFile, { force: true });
  };
}
