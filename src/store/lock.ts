/**
 * One process per embedded store. PGlite is a single-user PostgreSQL: two processes writing one data
 * directory corrupt it. The lock is a file created with O_EXCL in the data directory, holding the
 * holder's pid, command line and start time, so a second process can say who holds it; a lock whose
 * process is gone (kill -9, power loss) is taken over. Also: the directory and its files are kept
 * private to their owner (0700 / 0600), since they hold children's records.
 */
import {
  chmodSync,
  closeSync,
  constants,
  openSync,
  readdirSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  type Dirent,
} from 'node:fs';
import { join } from 'node:path';
import { StoreError } from './db.ts';

export const LOCK_FILE = 'kestrel.lock';

export interface LockHolder {
  pid: number;
  command: string;
  started: string;
}

export interface StoreLock {
  readonly path: string;
  release(): void;
}

/** Takes the data directory's lock, or throws StoreError naming the live process that holds it. */
export function lockDataDir(dataDir: string): StoreLock {
  const path = join(dataDir, LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, command: commandLine(), started: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
      try {
        writeSync(fd, `${JSON.stringify(holder)}\n`);
      } finally {
        closeSync(fd);
      }
      return heldLock(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StoreError(`Cannot lock the store at ${dataDir}: ${(error as Error).message}`);
      }
    }
    const current = readHolder(path);
    if (current && isAlive(current.pid)) {
      throw new StoreError(
        `the store at ${dataDir} is in use by pid ${current.pid} (${current.command}, since ${current.started}); stop it or use --data-dir`,
      );
    }
    // Stale: its process is gone. Remove it and try again; another process taking it first wins.
    try {
      unlinkSync(path);
    } catch {
      // already removed by another process taking over
    }
  }
  throw new StoreError(`Cannot lock the store at ${dataDir}: another process keeps taking the lock; try again`);
}

/** Who holds the lock at `path`, or undefined when there is none or it cannot be read. */
export function readHolder(path: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number') return undefined;
    return {
      pid: parsed.pid,
      command: String(parsed.command ?? 'unknown command'),
      started: String(parsed.started ?? 'unknown time'),
    };
  } catch {
    return undefined; // unreadable or half-written: treated as stale (its writer died between create and write)
  }
}

function heldLock(path: string): StoreLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    try {
      unlinkSync(path);
    } catch {
      // the directory was removed with the lock in it
    }
  };
  process.on('exit', release); // a normal exit, an uncaught error or process.exit() releases it
  return { path, release };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}

/** "kestrel serve --port 3000" when run as the CLI, else the script and its arguments. */
function commandLine(): string {
  const [script = '', ...args] = process.argv.slice(1);
  const name = /(?:^|[/\\])(?:kestrel(?:\.js)?|main\.[jt]s)$/.test(script) ? 'kestrel' : script;
  return [name, ...args].join(' ').slice(0, 200);
}

/** Makes the directory tree private to its owner: directories 0700, files 0600. */
export function makePrivate(dir: string): void {
  chmodSync(dir, 0o700);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    try {
      if (entry.isDirectory()) makePrivate(path);
      else if (entry.isFile()) chmodSync(path, 0o600);
    } catch {
      // removed while we walked (PostgreSQL drops temporary files); nothing left to protect
    }
  }
}

/**
 * Left in the data directory by a close that has just made every file private. Walking and chmod-ing
 * the whole tree (some 1,300 files) cost every command tens of milliseconds at open and again at close;
 * a store the last process closed is already private, and files PGlite creates while opening are made
 * under the umask 077 (withPrivateUmask). The mark is removed as the store opens, so a process killed
 * before it closes leaves none, and the next open walks the tree again.
 */
export const PRIVATE_MARK = 'kestrel.private';

/**
 * Called with the lock held, before PGlite opens: true when the last close left the tree private (the
 * mark is consumed), false when the caller must walk it with makePrivate once the store is open.
 */
export function takePrivateMark(dataDir: string): boolean {
  try {
    unlinkSync(join(dataDir, PRIVATE_MARK));
  } catch {
    return false; // never closed cleanly, or made before the mark existed
  }
  chmodSync(dataDir, 0o700);
  return true;
}

/** At close, with the lock still held: every file private, then the mark saying so. */
export function makePrivateAndMark(dataDir: string): void {
  makePrivate(dataDir);
  try {
    writeFileSync(join(dataDir, PRIVATE_MARK), '', { mode: 0o600 });
  } catch {
    // no mark (a full disk, say): the next open walks the tree, as after a kill
  }
}

/** Runs `work` with the umask 077, so files created meanwhile are private whatever the user's umask. */
export async function withPrivateUmask<T>(work: () => Promise<T>): Promise<T> {
  const previous = process.umask(0o077);
  try {
    return await work();
  } finally {
    process.umask(previous);
  }
}
