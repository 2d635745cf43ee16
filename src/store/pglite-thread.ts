/**
 * The embedded store's own thread (see worker-store.ts): it owns the PGlite instance and runs the
 * statements the main thread sends, one at a time. PGlite is WebAssembly running on its caller's
 * thread, so a long statement here leaves the main thread free to answer; and terminating this thread
 * is the one way to stop a statement PGlite cannot cancel.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { valueParsers } from './types.ts';
import { PGLITE_EXTENSIONS } from './pglite-extensions.ts';

export interface ThreadOptions {
  dataDir?: string;
  /** A store dump (tar.gz bytes) to start from in memory instead of a directory. */
  dump?: Uint8Array<ArrayBuffer>;
}

/** What the main thread asks: a statement, a script, or to close the store. */
export type ThreadCall =
  | { op: 'query'; text: string; params: unknown[] }
  | { op: 'exec'; text: string }
  | { op: 'close' };
export type ThreadRequest = ThreadCall & { id: number };

export type ThreadReply =
  | { id: number; rows: unknown[] }
  | { id: number; error: ThreadError }
  | { ready: true }
  | { failed: string };

/** A database error's fields, copied so the main thread can rethrow it as the driver would. */
export interface ThreadError {
  message: string;
  [field: string]: unknown;
}

const ERROR_FIELDS = [
  'code',
  'detail',
  'hint',
  'constraint',
  'table',
  'column',
  'schema',
  'severity',
  'position',
  'where',
];

function toThreadError(error: unknown): ThreadError {
  if (!(error instanceof Error)) return { message: String(error) };
  const copy: ThreadError = { message: error.message };
  for (const field of ERROR_FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (value !== undefined) copy[field] = value;
  }
  return copy;
}

async function run(port: NonNullable<typeof parentPort>, options: ThreadOptions): Promise<void> {
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.dump ? { loadDataDir: new Blob([options.dump]) } : {}),
      parsers: valueParsers,
      relaxedDurability: false,
      extensions: PGLITE_EXTENSIONS,
    });
  } catch (error) {
    port.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies ThreadReply);
    return;
  }
  port.on('message', async (request: ThreadRequest) => {
    try {
      if (request.op === 'query') {
        const result = await pglite.query(request.text, request.params);
        port.postMessage({ id: request.id, rows: result.rows } satisfies ThreadReply);
      } else if (request.op === 'exec') {
        await pglite.exec(request.text);
        port.postMessage({ id: request.id, rows: [] } satisfies ThreadReply);
      } else {
        await pglite.close();
        port.postMessage({ id: request.id, rows: [] } satisfies ThreadReply);
        port.close();
      }
    } catch (error) {
      port.postMessage({ id: request.id, error: toThreadError(error) } satisfies ThreadReply);
    }
  });
  port.postMessage({ ready: true } satisfies ThreadReply);
}

if (parentPort) await run(parentPort, workerData as ThreadOptions);
