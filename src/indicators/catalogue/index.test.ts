import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import {
  buildAllocation,
  buildCarePeriodWithEpisodes,
  buildChild,
  buildCouncil,
  buildTeam,
  buildWorker,
} from '../../records/factories.ts';
import { evaluateAll, evaluateOne } from '../testing.ts';
import { CATALOGUE } from './index.ts';

test('catalogue ids are unique, kebab-case, and each definition states its rule', () => {
  const ids = CATALOGUE.map((def) => def.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const def of CATALOGUE) {
    assert.match(def.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(def.definition.length > 40, `${def.id} needs its definition in words`);
    for (const [name, spec] of Object.entries(def.params ?? {})) {
      if (spec.choices) assert.ok(spec.choices.includes(spec.default), `${def.id}.${name} default must be a choice`);
    }
  }
});

test('the catalogue holds the children-in-care and later families', () => {
  const owned = [
    'cla-at-date',
    'cla-starts',
    'cla-ceased',
    'cla-repeat-period',
    'cla-reviews-in-time',
    'placement-stability-short',
    'placement-stability-long',
    'cla-own-provision',
    'foster-in-house',
    'cla-in-foster',
    'cla-placed-out-of-area',
    'uasc',
    'cla-offended',
    'cla-health-checks',
    'cla-missing',
    'ceased-adoption',
    'homes-good-outstanding',
    'adoption-a1',
    'adoption-a2',
    'adoption-placed-12m-of-adm',
    'adoptions',
    'sgo',
    'permanence-by-second-review',
    'proceedings-duration',
    'proceedings-within-26wk',
    'proceedings-outcomes',
    'pre-proceedings-3m',
    'care-leavers-accommodation',
    'care-leavers-eet',
    'care-leavers',
    'yj-first-time-entrants',
    'yj-reoffending',
    'yj-custody-rate',
    'yj-ete',
    'yj-accommodation',
    'budget-outturn',
    'service-resources',
  ];
  const ids = new Set(CATALOGUE.map((def) => def.id));
  assert.deepEqual(
    owned.filter((id) => !ids.has(id)),
    [],
  );
});

for (const backend of testBackends()) {
  test(`every catalogue definition and parameter choice runs at every level and over a series [${backend.name}]`, async () => {
    const db = await backend.open();
    try {
      await buildCouncil(db);
      const team = await buildTeam(db, { id: 'T1', locality: 'North' });
      const worker = await buildWorker(db, { id: 'W1', team_id: team.id });
      await buildChild(db, { id: 'K1', date_of_birth: '2012-01-01' });
      await buildCarePeriodWithEpisodes(db, {
        child_id: 'K1',
        episodes: [{ start: '2022-01-03' }, { start: '2024-02-01', reason_new: 'P' }],
      });
      await buildAllocation(db, { child_id: 'K1', worker_id: worker.id, start_date: '2022-01-03' });
      for (const def of CATALOGUE) {
        const choices = Object.entries(def.params ?? {}).flatMap(([name, spec]) =>
          (spec.choices ?? [spec.default]).map((value) => ({ [name]: value })),
        );
        for (const params of choices.length ? choices : [{}]) {
          for (const level of ['council', 'team', 'locality:North', 'worker:W1']) {
            const results = await evaluateAll(db, def, {
              at: '2024-12-31',
              period: def.kind === 'period' ? 'r12' : 'month',
              level,
              params,
              series: 3,
            });
            assert.ok(results.length >= 3, `${def.id} at ${level}`);
          }
        }
      }
      const cla = await evaluateOne(db, 'cla-at-date', { at: '2024-12-31', level: 'worker:W1' });
      assert.equal(cla.numerator, 1);
    } finally {
      await db.close();
    }
  });
}
