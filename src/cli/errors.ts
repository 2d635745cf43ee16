/**
 * Errors meant for the person at the terminal: the CLI prints the message on one line ("kestrel: what,
 * where; what to do") and exits 2 for a usage mistake, 1 otherwise. Anything else is a bug: one line
 * saying so, and the stack only with KESTREL_DEBUG=1.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Plain words for the file-system errors a user can cause and fix (a wrong path, a folder, no permission). */
const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EEXIST: 'it already exists',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
};

/** The plain reason for a file-system error, or undefined when it is not one a user can act on. */
export function fileProblem(error: unknown, doing: 'read' | 'write' | 'open' = 'open'): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // Creating a file that "does not exist" means its folder does not (or, as in /proc, takes no files).
  if (code === 'ENOENT' && doing === 'write') return 'its folder does not exist or takes no new files';
  return code === undefined ? undefined : FILE_PROBLEMS[code];
}

/**
 * A UsageError (exit 1) for a file that cannot be read or written, e.g.
 * "cannot write /proc/x.xml: its folder does not exist or takes no new files; choose a path in a folder you can write to".
 */
export function fileError(error: unknown, path: string, doing: 'read' | 'write' | 'open'): UsageError | undefined {
  const problem = fileProblem(error, doing);
  if (problem === undefined) return undefined;
  const advice = doing === 'write' ? 'choose a path in a folder you can write to' : 'check the path';
  return new UsageError(`cannot ${doing} ${path}: ${problem}; ${advice}`, 1);
}
