// Creates an embedded store's data directory (PostgreSQL's initdb, in PGlite) for open.ts, in a process
// of its own. Plain JavaScript, so it runs without tsx. Exits 0 when the directory holds a store.
import { PGlite } from '@electric-sql/pglite';

try {
  const pglite = await PGlite.create({ dataDir: process.argv[2] });
  await pglite.close();
} catch (error) {
  process.stderr.write(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
