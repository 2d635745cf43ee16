/** Checks on the files a command reads, made before any work so a wrong path gets one plain line. */
import { stat } from 'node:fs/promises';
import { fileError, UsageError } from './errors.ts';

/** Throws a one-line UsageError (exit 1) unless `path` is a file that exists. */
export async function checkInputFile(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw fileError(error, path, 'read') ?? error;
  }
  if (info.isDirectory())
    throw new UsageError(`cannot read ${path}: it is a folder, not a file; give the file itself`, 1);
}
