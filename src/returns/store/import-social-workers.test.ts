// The 903's social worker episodes into allocations: workers the store knows keep their team, new ones
// join the return workers' team; SW_REASON lands on the allocation that ended; re-import changes
// nothing; a later return that withdraws an episode removes it; the export gives back what was read.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { buildChild, buildCouncil, buildTeam, buildWorker, TEST_LA } from '../../records/factories.ts';
import type { Row } from '../ssda903/dataset.ts';
import type { Db } from '../../store/db.ts';
import { ImportRun, type ImportCounts } from './import-context.ts';
import { importSocialWorkers, RETURN_WORKERS_TEAM } from './import-social-workers.ts';

const YEAR_START = '2024-04-01';
const YEAR_END = '2025-03-31';

/** Imports the episodes of these children for the year, as the 903 import does, and gives the counts written. */
async function importEpisodes(
  db: Db,
  rows: readonly Row[],
  known: ReadonlySet<string>,
  yearStart: string,
  yearEnd: string,
): Promise<ImportCounts> {
  const run = new ImportRun({ db, laCode: TEST_LA }, 3);
  await importSocialWorkers(run, { yearStart, yearEnd, known, children: [...known] }, rows);
  return run.counts;
}

/** Child A: a known worker, then a worker new to the store. Child B: one open episode with a first reason. */
const EPISODES: Row[] = [
  { CHILD: 'A', SW_ID: 'SW0001', SW_DECOM: '01/05/2024', SW_DEC: '31/07/2024', SW_REASON: 'ABSENC' },
  { CHILD: 'A', SW_ID: 'SWNEW9', SW_DECOM: '01/08/2024', SW_DEC: null, SW_REASON: 'LEFTRL' },
  { CHILD: 'B', SW_ID: 'SWNEW9', SW_DECOM: '15/06/2024', SW_DEC: null, SW_REASON: 'ORGRST' },
];

for (const backend of testBackends()) {
  describe(`903 social worker episodes import (${backend.name})`, () => {
    test('episodes become allocations, a re-import changes nothing and a later return withdraws one', async () => {
      const store = await backend.open();
      try {
        await buildCouncil(store, { la_code: TEST_LA });
        const team = await buildTeam(store, { la_code: TEST_LA, id: 'T-CIC' });
        await buildWorker(store, { la_code: TEST_LA, id: 'SW0001', team_id: team.id });
        for (const id of ['A', 'B']) {
          await buildChild(store, {
            la_code: TEST_LA,
            id,
            sex: 'M',
            date_of_birth: '2012-01-01',
            ethnicity: 'WBRI',
            upn: null,
            upn_unknown: 'UN1',
            disabilities: [],
          });
        }
        const known = new Set(['A', 'B']);
        const first = await store.transaction((tx) => importEpisodes(tx, EPISODES, known, YEAR_START, YEAR_END));
        assert.deepEqual(first['allocation'], { inserted: 3, updated: 0, deleted: 0 });
        assert.deepEqual(first['worker'], { inserted: 1, updated: 0 }, 'one worker new to the store');

        const rows = await store.query(
          `SELECT child_id, worker_id, team_id, start_date, end_date, change_reason, start_reason FROM allocation
            WHERE kind = 'social_worker' ORDER BY child_id, start_date`,
        );
        assert.deepEqual(rows, [
          // The change to SWNEW9 (LEFTRL) is kept on the allocation that ended; A's first reason (ABSENC)
          // has no earlier allocation to go on, so the new one keeps it.
          {
            child_id: 'A',
            worker_id: 'SW0001',
            team_id: 'T-CIC',
            start_date: '2024-05-01',
            end_date: '2024-07-31',
            change_reason: 'LEFTRL',
            start_reason: 'ABSENC',
          },
          {
            child_id: 'A',
            worker_id: 'SWNEW9',
            team_id: RETURN_WORKERS_TEAM,
            start_date: '2024-08-01',
            end_date: null,
            change_reason: null,
            start_reason: null,
          },
          {
            child_id: 'B',
            worker_id: 'SWNEW9',
            team_id: RETURN_WORKERS_TEAM,
            start_date: '2024-06-15',
            end_date: null,
            change_reason: null,
            start_reason: 'ORGRST',
          },
        ]);

        const again = await store.transaction((tx) => importEpisodes(tx, EPISODES, known, YEAR_START, YEAR_END));
        assert.deepEqual(again['allocation'], { inserted: 0, updated: 0, deleted: 0 }, 're-import changes nothing');

        // A corrected return: child A's second worker withdrawn, the first now open.
        const corrected = [{ ...EPISODES[0]!, SW_DEC: null }, EPISODES[2]!];
        const later = await store.transaction((tx) => importEpisodes(tx, corrected, known, YEAR_START, YEAR_END));
        assert.equal(later['allocation']?.deleted, 1);
        const remaining = await store.query<{ child_id: string; worker_id: string }>(
          `SELECT child_id, worker_id FROM allocation WHERE kind = 'social_worker' ORDER BY child_id, start_date`,
        );
        assert.deepEqual(
          remaining.map((r) => `${r.child_id}:${r.worker_id}`),
          ['A:SW0001', 'B:SWNEW9'],
        );
      } finally {
        await store.close();
      }
    });

    test('a later year names the reason on the allocation the store already has', async () => {
      const store = await backend.open();
      try {
        await buildCouncil(store, { la_code: TEST_LA });
        await buildChild(store, {
          la_code: TEST_LA,
          id: 'A',
          sex: 'F',
          date_of_birth: '2012-01-01',
          ethnicity: 'WBRI',
          upn: null,
          upn_unknown: 'UN1',
          disabilities: [],
        });
        await store.transaction((tx) => importEpisodes(tx, [EPISODES[0]!], new Set(['A']), YEAR_START, YEAR_END));
        // Next year's return: the episode that ended, then a new one whose reason is for that change.
        const next: Row[] = [
          { CHILD: 'A', SW_ID: 'SWNEW9', SW_DECOM: '01/08/2025', SW_DEC: null, SW_REASON: 'CHCHAN' },
        ];
        await store.transaction((tx) => importEpisodes(tx, next, new Set(['A']), '2025-04-01', '2026-03-31'));
        const rows = await store.query<{
          start_date: string;
          change_reason: string | null;
          start_reason: string | null;
        }>(
          `SELECT start_date, change_reason, start_reason FROM allocation WHERE kind = 'social_worker' ORDER BY start_date`,
        );
        assert.deepEqual(rows, [
          { start_date: '2024-05-01', change_reason: 'CHCHAN', start_reason: 'ABSENC' },
          { start_date: '2025-08-01', change_reason: null, start_reason: null },
        ]);
      } finally {
        await store.close();
      }
    });
  });
}
