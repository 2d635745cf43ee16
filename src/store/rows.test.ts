import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { testBackends } from './testing.ts';
import { ROWS_FILE, rowTypesSource } from '../../scripts/generate-row-types.ts';

for (const backend of testBackends()) {
  describe(`row types on ${backend.name}`, () => {
    test('rows.ts is what the migrations generate (run scripts/generate-row-types.ts after a migration)', async () => {
      const db = await backend.open();
      try {
        assert.equal(await rowTypesSource(db), readFileSync(ROWS_FILE, 'utf8'));
      } finally {
        await db.close();
      }
    });
  });
}
