/**
 * A hook for the durability tests (store/durability.test.ts): with KESTREL_TEST_PAUSE_BEFORE_COMMIT=1,
 * a transaction that has done all its work prints "in-transaction" on stderr and waits for good
 * instead of committing, so a test can kill the process at the worst moment and check that nothing of
 * the transaction is left. Never set outside tests.
 */
export async function pauseBeforeCommitForTests(): Promise<void> {
  if (process.env.KESTREL_TEST_PAUSE_BEFORE_COMMIT !== '1') return;
  process.stderr.write('in-transaction\n');
  setInterval(() => undefined, 60_000); // keeps the process alive until it is killed
  await new Promise<never>(() => undefined);
}
