import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { upsertRows, type StoreRow } from './upsert.ts';
import { keepWhenBlank } from './as-at.ts';

const LA = '990';
const child = (id: string): StoreRow => ({ la_code: LA, id, sex: 'F', ethnicity: 'WBRI', date_of_birth: '2015-01-01' });
const referral = (id: string, childId: string): StoreRow => ({
  la_code: LA,
  id,
  child_id: childId,
  referral_date: '2024-05-01',
  source: '2A',
});
const REFERRAL_UPDATE = ['referral_date', 'source'];

for (const backend of testBackends()) {
  describe(`upsertRows on ${backend.name}`, () => {
    test('inserts, leaves unchanged rows alone, and updates what differs', async () => {
      const db = await backend.open();
      try {
        await db.query(`INSERT INTO council (la_code, name) VALUES ($1, 'Test council')`, [LA]);
        assert.deepEqual(await upsertRows(db, 'child', [child('C1'), child('C2')], ['la_code', 'id'], ['sex']), {
          inserted: 2,
          updated: 0,
        });
        assert.deepEqual(await upsertRows(db, 'referral', [referral('R1', 'C1')], ['la_code', 'id'], REFERRAL_UPDATE), {
          inserted: 1,
          updated: 0,
        });
        assert.deepEqual(
          await upsertRows(db, 'child', [child('C1'), { ...child('C2'), sex: 'M' }], ['la_code', 'id'], ['sex']),
          { inserted: 0, updated: 1 },
        );
      } finally {
        await db.close();
      }
    });

    test("a matched row keeps the store's value where a keep condition holds", async () => {
      const db = await backend.open();
      try {
        await db.query(`INSERT INTO council (la_code, name) VALUES ($1, 'Test council')`, [LA]);
        await upsertRows(
          db,
          'child',
          [{ ...child('C1'), upn_unknown: 'UN1', death_date: '2024-01-01' }],
          ['la_code', 'id'],
          ['upn_unknown', 'death_date'],
        );
        const counts = await upsertRows(
          db,
          'child',
          [{ ...child('C1'), upn_unknown: null, death_date: null }],
          ['la_code', 'id'],
          ['upn_unknown', 'death_date'],
          { death_date: `EXCLUDED.death_date IS NULL AND child.death_date > DATE '2023-03-31'` },
        );
        assert.deepEqual(counts, { inserted: 0, updated: 1 });
        assert.deepEqual(await db.query('SELECT upn_unknown, death_date FROM child'), [
          { upn_unknown: null, death_date: '2024-01-01' },
        ]);
        await upsertRows(
          db,
          'child',
          [{ ...child('C1'), upn_unknown: null, death_date: null }],
          ['la_code', 'id'],
          ['upn_unknown', 'death_date'],
          keepWhenBlank('death_date'),
        );
        assert.deepEqual(await db.query('SELECT death_date FROM child'), [{ death_date: '2024-01-01' }]);
      } finally {
        await db.close();
      }
    });

    test('a batch naming a missing parent is refused whole, and the transaction goes on with its keys checked', async () => {
      const db = await backend.open();
      try {
        await db.query(`INSERT INTO council (la_code, name) VALUES ($1, 'Test council')`, [LA]);
        await db.transaction(async (tx) => {
          await upsertRows(tx, 'child', [child('C1')], ['la_code', 'id'], ['sex']);
          await assert.rejects(
            upsertRows(
              tx,
              'referral',
              [referral('R1', 'C1'), referral('R2', 'NOSUCH')],
              ['la_code', 'id'],
              REFERRAL_UPDATE,
            ),
            (error: { code?: string; message?: string }) =>
              error.code === '23503' &&
              /violates foreign key constraint "referral_la_code_child_id_fkey"/.test(error.message ?? ''),
          );
          assert.deepEqual(await tx.query('SELECT id FROM referral'), []);
          const [role] = await tx.query<{ role: string }>(`SELECT current_setting('session_replication_role') AS role`);
          assert.equal(role?.role, 'origin');
        });
        assert.deepEqual(await db.query('SELECT id FROM child'), [{ id: 'C1' }]);
        // The store's own triggers are back on: a referral without its child is refused row by row.
        await assert.rejects(
          db.query(
            `INSERT INTO referral (la_code, id, child_id, referral_date, source) VALUES ($1, 'R3', 'NOSUCH', '2024-05-01', '2A')`,
            [LA],
          ),
          /foreign key/,
        );
      } finally {
        await db.close();
      }
    });

    test('rows written in bulk keep their cascades: deleting a child removes its referrals', async () => {
      const db = await backend.open();
      try {
        await db.query(`INSERT INTO council (la_code, name) VALUES ($1, 'Test council')`, [LA]);
        await db.transaction(async (tx) => {
          await upsertRows(tx, 'child', [child('C1'), child('C2')], ['la_code', 'id'], ['sex']);
          await upsertRows(
            tx,
            'referral',
            [referral('R1', 'C1'), referral('R2', 'C2')],
            ['la_code', 'id'],
            REFERRAL_UPDATE,
          );
        });
        await db.query(`DELETE FROM child WHERE la_code = $1 AND id = 'C1'`, [LA]);
        assert.deepEqual(await db.query('SELECT id FROM referral ORDER BY id'), [{ id: 'R2' }]);
      } finally {
        await db.close();
      }
    });
  });
}
