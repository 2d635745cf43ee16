/**
 * How an import or export reports progress: `done` of `total` steps (tables written or read), and what
 * it is working on. The CLI draws a progress bar from it; nothing depends on it being called.
 */
export type OnProgress = (done: number, total: number, label?: string) => void;
