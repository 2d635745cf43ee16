/**
 * Schema validation that keeps the detail of the first `cap` problems and only counts the rest.
 * libxml2-wasm's own XsdValidator.validate records every problem with its node path, and the path of
 * the N-th Child counts the N-1 before it, so a census with a problem in every child took time growing
 * with the square of its size (a 50,000-child census with 68,000 problems: 124-192 s, issue 10). Here
 * the error handler stops after the cap: past it, a problem costs one increment.
 *
 * Uses libxml2-wasm's internal bindings (lib/libxml2.mjs: the same module instance its public classes
 * use), pinned by STACK.md's version; xsd.test.ts checks the details agree with the public API's.
 */
import type { ErrorDetail, XmlDocument, XsdValidator } from 'libxml2-wasm';

interface Bindings {
  addFunction(fn: (index: number, error: number) => void, signature: string): number;
  xmlGetNodePath(node: number): string | null;
  XmlErrorStruct: {
    message(ptr: number): string;
    level(ptr: number): number;
    file(ptr: number): string | null;
    line(ptr: number): number;
    col(ptr: number): number;
    node(ptr: number): number;
  };
  xmlSchemaNewValidCtxt(schema: number): number;
  xmlSchemaSetValidStructuredErrors(ctx: number, handler: number, data: number): void;
  xmlSchemaValidateDoc(ctx: number, doc: number): number;
  xmlSchemaFreeValidCtxt(ctx: number): void;
}

export interface CappedResult {
  /** Negative: libxml2 could not validate; 0 valid; positive: invalid. */
  status: number;
  /** The first `cap` problems, as libxml2-wasm reports them. */
  details: ErrorDetail[];
  /** How many problems there were in all. */
  total: number;
}

let bindings: Bindings | undefined;
let handler: number | undefined;
/** The validation in progress (a worker validates one file at a time; validation is synchronous). */
let collecting: { cap: number; details: ErrorDetail[]; total: number } | undefined;

async function load(): Promise<{ raw: Bindings; handler: number }> {
  bindings ??= (await import('libxml2-wasm/lib/libxml2.mjs' as string)) as Bindings;
  const raw = bindings;
  // Registered once: the function table never reuses an entry.
  handler ??= raw.addFunction((_index, error) => {
    const run = collecting;
    if (run === undefined) return;
    run.total += 1;
    if (run.details.length >= run.cap) return;
    const struct = raw.XmlErrorStruct;
    const detail: ErrorDetail = {
      message: struct.message(error),
      level: struct.level(error),
      line: struct.line(error),
      col: struct.col(error),
    };
    const file = struct.file(error);
    if (file !== null) (detail as { file?: string }).file = file;
    const xpath = raw.xmlGetNodePath(struct.node(error));
    if (xpath !== null) (detail as { xpath?: string }).xpath = xpath;
    run.details.push(detail);
  }, 'vii');
  return { raw, handler };
}

/** Validates `doc` against `validator`'s schema, keeping the detail of the first `cap` problems. */
export async function validateCapped(validator: XsdValidator, doc: XmlDocument, cap: number): Promise<CappedResult> {
  const { raw, handler: fn } = await load();
  const schema = (validator as unknown as { _ptr: number })._ptr;
  const docPtr = (doc as unknown as { _ptr: number })._ptr;
  const ctx = raw.xmlSchemaNewValidCtxt(schema);
  const run = { cap, details: [] as ErrorDetail[], total: 0 };
  collecting = run;
  try {
    raw.xmlSchemaSetValidStructuredErrors(ctx, fn, 0);
    const status = raw.xmlSchemaValidateDoc(ctx, docPtr);
    return { status, details: run.details, total: run.total };
  } finally {
    collecting = undefined;
    raw.xmlSchemaFreeValidCtxt(ctx);
  }
}
