/**
 * The embedded store run in a worker thread (pglite-thread.ts), for the server. PGlite runs on its
 * caller's thread: a seven-minute statement in the server's own thread froze every request, /healthz
 * included. Here the main thread only queues statements (work-queue.ts) and waits for answers. A server
 * request's statement that outlives the request's time limit is stopped the only way PGlite allows:
 * the thread is terminated and a new one opens the same data directory (which PostgreSQL recovers as
 * after any crash; requests only read). A store in memory (tests) restarts from its dump, losing writes.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { StoreError, StoreTimeoutError, type Db, type Store, type StoreHealth } from './db.ts';
import type { ThreadCall, ThreadError, ThreadOptions, ThreadReply, ThreadRequest } from './pglite-thread.ts';
import { pauseBeforeCommitForTests } from './test-hooks.ts';
import { WorkQueue } from './work-queue.ts';

export interface WorkerStoreOptions extends ThreadOptions {
  description: string;
  /** Server requests that may wait for the store before more are refused with StoreBusyError. */
  maxWaiting?: number | undefined;
  /** Called after close, once the thread has closed PGlite (the lock and permissions). */
  onClosed?: () => void;
}

type Pending = { resolve: (rows: unknown[]) => void; reject: (error: Error) => void };

/** The script the thread runs: compiled JavaScript beside this file, or the tsx shim in the sources. */
function threadScript(): URL {
  const compiled = new URL('./pglite-thread.js', import.meta.url);
  return existsSync(compiled) ? compiled : new URL('./pglite-thread.mjs', import.meta.url);
}

/** Starts the thread and resolves once PGlite is open in it (throws StoreError if it cannot open). */
export async function openWorkerStore(options: WorkerStoreOptions): Promise<Store> {
  let threadOptions: ThreadOptions = {
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.dump ? { dump: options.dump } : {}),
  };
  const queue = new WorkQueue(1, options.maxWaiting);
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let state: StoreHealth['state'] = 'restarting';
  let generation = 0;
  let thread: Worker;
  let ready: Promise<void>;

  function start(): Promise<void> {
    const worker = new Worker(threadScript(), { workerData: threadOptions });
    thread = worker;
    generation++;
    ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (reply: ThreadReply) => {
        if ('ready' in reply) {
          state = 'ready';
          resolve();
        } else if ('failed' in reply) {
          reject(new StoreError(`Cannot open the embedded store at ${options.dataDir ?? 'memory'}: ${reply.failed}`));
        } else {
          const waiter = pending.get(reply.id);
          pending.delete(reply.id);
          if ('error' in reply) waiter?.reject(toError(reply.error));
          else waiter?.resolve(reply.rows);
        }
      });
      worker.on('error', (error) => reject(new StoreError(`The embedded store's thread failed: ${error.message}`)));
      worker.on('exit', () => {
        reject(new StoreError('The embedded store closed before it opened'));
        if (thread !== worker) return; // replaced on purpose: its waiter was already answered
        for (const waiter of pending.values()) waiter.reject(new StoreError('The embedded store stopped unexpectedly'));
        pending.clear();
        if (state === 'ready') {
          state = 'restarting';
          start().catch(() => (state = 'closed'));
        }
      });
    });
    return ready;
  }

  /** Stops the running statement by replacing the thread; the statement's caller gets `error`. */
  function cancel(id: number, error: Error): void {
    const waiter = pending.get(id);
    pending.delete(id);
    waiter?.reject(error);
    state = 'restarting';
    generation++; // its transaction, if any, is over
    // The old thread is gone before the new one opens the directory: never two PGlites on one store.
    ready = thread.terminate().then(start);
    ready.catch(() => (state = 'closed'));
  }

  async function send(request: ThreadCall, deadline?: number): Promise<unknown[]> {
    await ready;
    if (state === 'closed' && request.op !== 'close') throw new StoreError('The embedded store is closed');
    const id = nextId++;
    return new Promise<unknown[]>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const settle = (done: () => void) => {
        if (timer) clearTimeout(timer);
        done();
      };
      pending.set(id, {
        resolve: (rows) => settle(() => resolve(rows)),
        reject: (error) => settle(() => reject(error)),
      });
      if (deadline !== undefined) {
        timer = setTimeout(
          () => cancel(id, new StoreTimeoutError('the request took longer than the server allows and was stopped')),
          Math.max(0, deadline - Date.now()),
        );
      }
      thread.postMessage({ ...request, id } as ThreadRequest);
    });
  }

  /** Statements of one transaction: refused once the thread that began it was replaced. */
  function inTransaction(begunIn: number, deadline: number | undefined): Db {
    const checked = (request: ThreadCall) => {
      if (generation !== begunIn)
        throw new StoreTimeoutError('the transaction was stopped when its request ran out of time');
      return send(request, deadline);
    };
    const tx: Db = {
      async query<T>(text: string, params: readonly unknown[] = []) {
        return (await checked({ op: 'query', text, params: [...params] })) as T[];
      },
      async exec(text: string) {
        await checked({ op: 'exec', text });
      },
      transaction: (work) => work(tx), // nested calls join the transaction already open
    };
    return tx;
  }

  function view(bounded: boolean, deadline?: number): Db {
    const once = async (request: ThreadCall) => {
      const release = await queue.acquire(bounded, deadline);
      try {
        return await send(request, deadline);
      } finally {
        release();
      }
    };
    return {
      async query<T>(text: string, params: readonly unknown[] = []) {
        return (await once({ op: 'query', text, params: [...params] })) as T[];
      },
      async exec(text: string) {
        await once({ op: 'exec', text });
      },
      async transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
        // The queue's one slot is held for the whole transaction: no other statement can slip into it.
        const release = await queue.acquire(bounded, deadline);
        try {
          await send({ op: 'exec', text: 'BEGIN' }, deadline);
          const begunIn = generation;
          try {
            const result = await work(inTransaction(begunIn, deadline));
            await pauseBeforeCommitForTests();
            await inTransaction(begunIn, deadline).exec('COMMIT');
            return result;
          } catch (error) {
            if (generation === begunIn) await send({ op: 'exec', text: 'ROLLBACK' }).catch(() => undefined);
            throw error;
          }
        } finally {
          release();
        }
      },
    };
  }

  try {
    await start();
    // A directory started from a dump holds it now: a replacement thread opens what is there. In
    // memory, a replacement starts from the dump again (test stores only).
    if (options.dataDir) threadOptions = { dataDir: options.dataDir };
  } catch (error) {
    await thread!.terminate();
    throw error;
  }
  return {
    ...view(false),
    description: options.description,
    forRequest: (timeoutMs) => view(true, Date.now() + timeoutMs),
    health: () => ({ state, running: queue.running, waiting: queue.waiting }),
    async close() {
      if (state === 'closed') return;
      const release = await queue.acquire(false);
      try {
        state = 'closed'; // before the thread exits, so its exit is not taken for a crash
        await send({ op: 'close' }).catch(() => undefined);
        await thread.terminate();
      } finally {
        release();
        options.onClosed?.();
      }
    },
  };
}

function toError(fields: ThreadError): Error {
  return Object.assign(new Error(fields.message), fields);
}
