/**
 * Where a command writes its result: a file or stdout, written in chunks with backpressure so a report
 * of any size streams in bounded memory. A file is written beside its final name and renamed into
 * place when complete, so a failure never leaves half a report; the temporary file is created before
 * any work starts, so an unwritable path is refused at once.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { fileError } from './errors.ts';

/** Text written in order; `write` resolves when the chunk may be followed by the next. */
export interface TextSink {
  write(text: string | Uint8Array): Promise<void>;
}

export interface Output extends TextSink {
  /** The file written, or undefined for stdout. */
  readonly path: string | undefined;
  /** The underlying stream, for writers that take one (the XLSX workbook writer). */
  readonly stream: Writable;
  /** Flushes and, for a file, moves it into place. */
  finish(): Promise<void>;
  /** Drops what was written to a file (stdout cannot be taken back). */
  abandon(): Promise<void>;
}

const CHUNK = 64 * 1024;

/** A file reserved for a result: created at once under a temporary name beside `path`, moved into place by `commit`. */
export interface ReservedFile {
  readonly path: string;
  /** Where to write until `commit`. */
  readonly temporary: string;
  commit(): Promise<void>;
  abandon(): Promise<void>;
}

/**
 * Reserves `path` for a writer that takes a path; throws a one-line UsageError when it cannot be written.
 * Creating the file is the only sure test: /proc passes every permission check and still refuses.
 */
export async function reserveOutputFile(path: string): Promise<ReservedFile> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    await (await open(temporary, 'wx', 0o644)).close();
  } catch (error) {
    throw fileError(error, path, 'write') ?? error;
  }
  return {
    path,
    temporary,
    async commit() {
      try {
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw fileError(error, path, 'write') ?? error;
      }
    },
    abandon: () => rm(temporary, { force: true }),
  };
}

/** Makes the folder (and its parents) if needed and checks a file can be created in it. */
export async function checkWritableFolder(folder: string): Promise<void> {
  try {
    await makeFolder(folder);
  } catch (error) {
    throw fileError(error, folder, 'write') ?? error;
  }
  const probe = await reserveOutputFile(join(folder, 'kestrel-write-check'));
  await probe.abandon();
}

/**
 * mkdir -p, one level at a time: Node's own recursive mkdir never returns for a path under /proc
 * (it retries the ENOENT the kernel gives for a parent that exists but takes no folders).
 */
async function makeFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(folder);
    if (code !== 'ENOENT' || parent === folder || (await exists(parent))) throw error;
    await makeFolder(parent);
    await mkdir(folder);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Opens `path` for writing a result; throws a one-line UsageError when it cannot be written. */
export async function openOutputFile(path: string): Promise<Output> {
  const reserved = await reserveOutputFile(path);
  const stream = createWriteStream(reserved.temporary);
  const sink = bufferedSink(stream, path);
  const failure = sink.failure;
  return {
    path,
    stream,
    write: sink.write,
    async finish() {
      await sink.flush();
      // A writer given the stream itself (the XLSX workbook) may have ended it already.
      if (!stream.writableFinished) {
        await new Promise<void>((resolve, reject) => {
          stream.once('finish', resolve).once('error', reject);
          if (!stream.writableEnded) stream.end();
        });
      }
      if (failure()) throw fileError(failure(), path, 'write') ?? failure();
      await reserved.commit();
    },
    async abandon() {
      stream.destroy();
      await reserved.abandon();
    },
  };
}

/** Standard output as an Output (finish flushes; nothing to abandon). */
export function stdoutOutput(): Output {
  const sink = bufferedSink(process.stdout, 'standard output');
  return {
    path: undefined,
    stream: process.stdout,
    write: sink.write,
    finish: sink.flush,
    abandon: async () => undefined,
  };
}

/** Collects small writes into chunks of about 64 KB and waits for 'drain' when the stream asks. */
function bufferedSink(
  stream: Writable,
  name: string,
): { write: TextSink['write']; flush: () => Promise<void>; failure: () => Error | undefined } {
  let pending: (string | Uint8Array)[] = [];
  let size = 0;
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure = error;
  });
  const push = async (chunk: string | Uint8Array): Promise<void> => {
    if (failure) throw fileError(failure, name, 'write') ?? failure;
    if (!stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stream.off('drain', done).off('error', done);
          resolve();
        };
        stream.on('drain', done).on('error', done);
      });
    }
    if (failure) throw fileError(failure, name, 'write') ?? failure;
  };
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const joined = pending.every((part) => typeof part === 'string')
      ? pending.join('')
      : Buffer.concat(pending.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
    pending = [];
    size = 0;
    await push(joined);
  };
  return {
    async write(text) {
      pending.push(text);
      size += text.length;
      if (size >= CHUNK) await flush();
    },
    flush,
    failure: () => failure,
  };
}
