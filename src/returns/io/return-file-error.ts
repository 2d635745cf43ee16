/**
 * The one error a return reader throws when it cannot go on: a file that cannot be read, is not the
 * format it claims, or lacks what every rule needs (a table's columns, an XML document's end).
 * It carries the file and line so the command line can print one plain sentence instead of a stack.
 */
export class ReturnFileError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, message: string, line?: number) {
    super(message);
    this.name = 'ReturnFileError';
    this.file = file;
    this.line = line;
  }

  /** "episodes.csv line 3: ..." - what a person sees. */
  describe(): string {
    return `${this.file}${this.line === undefined ? '' : ` line ${this.line}`}: ${this.message}`;
  }
}

export function isReturnFileError(error: unknown): error is ReturnFileError {
  return error instanceof ReturnFileError;
}
