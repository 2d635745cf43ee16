/**
 * The XSD check of a large XML return run in a worker thread, beside the reading and the DfE rules on
 * the main thread: on a machine with two or more cores the schema check then costs no wall time, and
 * libxml2's WebAssembly heap (a few hundred MB for a 50 MB census, never given back while its thread
 * lives) goes when the worker ends. Results are the same as validateXmlFile's: when the worker cannot
 * start or fails for any reason, the check runs again on the main thread, which reports as it would.
 */
import { Worker } from 'node:worker_threads';
import type { Finding } from '../findings.ts';
import { validateXmlFile, type XmlReturn } from './xsd.ts';

export interface XsdAside {
  /** The findings of validateXmlFile(path, kind, { year }) for the year the caller settles on. */
  findings(year: number | undefined): Promise<Finding[]>;
  /** Stops the worker if it still runs (the read failed, so its findings are not wanted). */
  stop(): void;
}

type Reply = { findings: Finding[] } | { failed: string };

/** Starts the check of `path` against the `year` schema now; `findings` waits for it. */
export function startXsdAside(path: string, kind: XmlReturn, year: number | undefined): XsdAside {
  let worker: Worker | undefined;
  const started = runInWorker(path, kind, year, (w) => {
    worker = w;
  });
  return {
    stop() {
      void worker?.terminate();
    },
    async findings(settledYear) {
      const reply = await started;
      if (settledYear === year && reply !== undefined && 'findings' in reply) return reply.findings;
      return validateXmlFile(path, kind, { year: settledYear });
    },
  };
}

/** The worker's reply, or undefined when it could not run (never rejects, so nothing goes unhandled). */
function runInWorker(
  path: string,
  kind: XmlReturn,
  year: number | undefined,
  started: (worker: Worker) => void,
): Promise<Reply | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./xsd-worker.mjs', import.meta.url), { workerData: { path, kind, year } });
    } catch {
      resolve(undefined);
      return;
    }
    started(worker);
    worker.once('message', (reply: Reply) => resolve(reply));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}
