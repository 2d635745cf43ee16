/**
 * Errors meant for the person at the terminal: the CLI prints the message on one line and exits
 * non-zero, never a stack trace. Anything else is a bug and is shown with its stack.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
