/**
 * A first look at a file's opening bytes, so a wrong file (empty, a spreadsheet, random bytes, UTF-16)
 * gets one plain sentence before any parser sees it, instead of a parser's error about column 1.
 */
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { ReturnFileError } from './return-file-error.ts';

const SNIFF_BYTES = 64 * 1024;

export type Expected = 'CSV' | 'XML';

/** Throws a ReturnFileError unless the file exists, is non-empty and starts as UTF-8 text. */
export async function assertTextFile(path: string, expected: Expected): Promise<void> {
  const name = basename(path);
  const head = await readHead(path);
  if (head.length === 0 || head.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    throw new ReturnFileError(name, `the file is empty; expected ${describe(expected)}.`);
  }
  if (head[0] === 0x50 && head[1] === 0x4b) {
    throw new ReturnFileError(
      name,
      `this is a zip file or Excel workbook, not ${describe(expected)}. Save it as ${expected} first.`,
    );
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new ReturnFileError(name, `the file is saved as UTF-16; save it as UTF-8 ${expected}.`);
  }
  const nul = head.indexOf(0);
  if (nul >= 0) {
    throw new ReturnFileError(
      name,
      `the file holds binary data (a zero byte at position ${nul + 1}), not ${describe(expected)}.`,
      lineAt(head, nul),
    );
  }
  const bad = firstInvalidUtf8(head);
  if (bad >= 0) {
    throw new ReturnFileError(
      name,
      `the file is not UTF-8 text (unreadable byte at position ${bad + 1}); expected ${describe(expected)}.`,
      lineAt(head, bad),
    );
  }
}

function describe(expected: Expected): string {
  return expected === 'CSV' ? 'a CSV table' : 'an XML document';
}

async function readHead(path: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new ReturnFileError(basename(path), unreadable(error));
  }
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    throw new ReturnFileError(basename(path), unreadable(error));
  } finally {
    await handle.close();
  }
}

/** A plain sentence for a file-system error (no stack, no errno jargon beyond the code). */
export function unreadable(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'the file does not exist.';
  if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be opened: permission denied.';
  if (code === 'EISDIR') return 'this is a folder, not a file.';
  return `the file cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}).`;
}

/** Index of the first byte that breaks UTF-8, or -1. A sequence cut off by the sniff window is fine. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // Node's native check answers for almost every file at once; the byte walk finds where the fault is
  // (or finds only a sequence cut off by the window) when it does not.
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k += 1) {
      if (i + k >= bytes.length) return -1;
      const next = bytes[i + k] ?? 0;
      if ((next & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}
