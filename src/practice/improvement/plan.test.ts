import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { buildCouncil } from '../../records/factories.ts';
import { addImprovementActions, improvementPlan, parsePlanFile, reportProgress } from './plan.ts';

const ACTIONS = [
  {
    id: 'R1.1',
    kind: 'recommendation',
    heading: 'Ensure plans for children in need are specific and measurable',
    action: 'Audit 20 CIN plans a month against SMART criteria',
    owner: 'Head of Service',
    due: '2025-03-01',
    evidence: ['cin-plan-reviews-6wk', 'audits-by-grade'],
  },
  {
    id: 'P1.1',
    kind: 'priority',
    heading: 'Stable workforce',
    action: 'Reduce agency social workers',
    owner: 'Director',
    due: '2025-09-30',
  },
];

describe('improvement plan file', () => {
  test('a bad entry names the action and field; evidence must be catalogue indicators', () => {
    assert.equal(parsePlanFile(JSON.stringify(ACTIONS), 'p.json').length, 2);
    assert.throws(
      () => parsePlanFile(JSON.stringify([{ ...ACTIONS[0], due: 'soon' }]), 'p.json'),
      /action 1, field due/,
    );
    assert.throws(
      () => parsePlanFile(JSON.stringify([ACTIONS[1], { ...ACTIONS[0], evidence: ['made-up'] }]), 'p.json'),
      /action 2, field evidence: no indicator "made-up"/,
    );
  });
});

for (const backend of testBackends()) {
  describe(`improvement plan on ${backend.name}`, () => {
    test('actions, progress appended with history, RAG and overdue as at a date, audited', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        const actions = parsePlanFile(JSON.stringify(ACTIONS), 'p.json');
        await addImprovementActions(db, { actions, actor: 't', via: 't' });
        await assert.rejects(addImprovementActions(db, { actions, actor: 't', via: 't' }), /already in the plan/);
        await reportProgress(db, {
          actionId: 'R1.1',
          asAt: '2025-01-31',
          rag: 'red',
          note: 'Started',
          actor: 'a',
          via: 't',
        });
        await reportProgress(db, { actionId: 'R1.1', asAt: '2025-02-28', rag: 'amber', actor: 'a', via: 't' });
        await assert.rejects(
          reportProgress(db, { actionId: 'R1.1', asAt: '2025-02-28', rag: 'blue', actor: 'a', via: 't' }),
          /--rag must be one of/,
        );
        await assert.rejects(
          reportProgress(db, { actionId: 'X', asAt: '2025-02-28', rag: 'red', actor: 'a', via: 't' }),
          /no action "X"/,
        );
        const before = await improvementPlan(db, { at: '2025-02-15' });
        assert.equal(before.actions.find((a) => a.id === 'R1.1')!.rag, 'red');
        const plan = await improvementPlan(db, { at: '2025-03-31' });
        const r = plan.actions.find((a) => a.id === 'R1.1')!;
        assert.deepEqual([r.rag, r.overdue, r.history.map((h) => h.rag)], ['amber', true, ['red', 'amber']]);
        assert.deepEqual(r.evidence, ['cin-plan-reviews-6wk', 'audits-by-grade']);
        assert.deepEqual(plan.byRag, { red: 0, amber: 1, green: 0, complete: 0, 'not reported': 1 });
        const [logged] = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'improvement_action'`,
        );
        assert.equal(logged!.n, 4);
      } finally {
        await db.close();
      }
    });
  });
}
