/**
 * The queue of work waiting for the store: at most `slots` units run at once (one on the embedded
 * store, which runs one statement at a time; the pool size on a server), the rest wait in order of
 * arrival. Server requests wait only while fewer than `maxWaiting` are waiting, so a burst is refused
 * (StoreBusyError, HTTP 503) instead of growing a queue no client will wait for; the command line and
 * background work always wait.
 */
import { StoreBusyError, StoreTimeoutError } from './db.ts';

export const DEFAULT_MAX_WAITING = 32;

interface Waiter {
  start(): void;
}

export class WorkQueue {
  #running = 0;
  readonly #waiting: Waiter[] = [];

  constructor(
    readonly slots: number,
    readonly maxWaiting: number = DEFAULT_MAX_WAITING,
  ) {}

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /**
   * Waits for a slot and returns the function that frees it. `bounded` work is refused when the queue
   * is full; work whose `deadline` (ms since the epoch) has passed by its turn is refused too.
   */
  async acquire(bounded: boolean, deadline?: number): Promise<() => void> {
    if (this.#running >= this.slots || this.#waiting.length > 0) {
      if (bounded && this.#waiting.length >= this.maxWaiting) {
        throw new StoreBusyError(
          `the store is busy: ${this.#waiting.length} requests are already waiting; try again shortly`,
        );
      }
      await new Promise<void>((start) => this.#waiting.push({ start }));
    } else {
      this.#running++;
    }
    if (deadline !== undefined && Date.now() >= deadline) {
      this.#release();
      throw new StoreTimeoutError('the request took longer than the server allows and was stopped');
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#release();
    };
  }

  #release(): void {
    const next = this.#waiting.shift();
    if (next)
      next.start(); // the slot passes straight to the next in line
    else this.#running--;
  }
}
