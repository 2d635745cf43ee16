/**
 * The access matrix on the data functions themselves (no HTTP): every role x action (read, list,
 * drill-down, export, change, and the subject access request) on child records and on figures, on both
 * stores, asserting what is allowed, what is refused and why, and the audit rows each call writes. The
 * expectations are written out by hand from the rules and the fixture council
 * (fixtures/access-council.ts: teams TA, TB in service S1, TC in S2; CRES restricted to TA's manager;
 * CX in another council), not computed from the policy, so a wrong grant fails here.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Db, Store } from '../store/db.ts';
import { testBackends } from '../store/testing.ts';
import { buildReferral } from '../records/factories.ts';
import { DrillDownRefused, explainIndicators } from '../indicators/drill-down.ts';
import { buildAccessCouncil, ON_DATE, type AccessUserName } from './fixtures/access-council.ts';
import { readChildRecord, type ChildRecordContext } from './child-records.ts';
import type { Actor } from './policy.ts';
import { authorize, openChild, visibleChildIds } from './scope.ts';

type Role = Exclude<AccessUserName, 'admintm'>;
const ROLES: readonly Role[] = ['sw', 'tm', 'hos', 'analyst', 'qa', 'councillor', 'admin'];

/** 'ok', or the refusal reason. */
type Outcome = 'ok' | 'not_found' | 'no_grant' | 'unsuppressed';
const Y = 'ok';
const NF = 'not_found';
const NG = 'no_grant';

/** Outcomes in the order of ROLES: sw, tm, hos, analyst, qa, councillor, admin. */
const CHILD_MATRIX: Array<[NonNullable<ChildRecordContext['action']>, string, Outcome[]]> = [
  ['read', 'CA1', [Y, Y, Y, Y, Y, NG, NG]],
  ['read', 'CC', [NF, NF, NF, Y, Y, NG, NG]],
  ['read', 'CRES', [NF, Y, NF, NF, NF, NG, NG]],
  ['read', 'CX', [NF, NF, NF, NF, NF, NG, NG]],
  ['export', 'CA1', [NG, Y, Y, Y, NG, NG, NG]],
  ['change', 'CA1', [Y, Y, Y, NG, NG, NG, NG]],
  ['change', 'CB', [NF, NF, Y, NG, NG, NG, NG]],
  ['subject-access', 'CA1', [NG, NG, NG, NG, Y, NG, NG]],
  ['subject-access', 'CRES', [NG, NG, NG, NG, NF, NG, NG]],
];

const ALL_990 = ['CA1', 'CA2', 'CB', 'CC', 'CNONE', 'COLD', 'COLDER'];
const LIST: Record<Role, string[]> = {
  sw: ['CA1', 'COLD'],
  tm: ['CA1', 'CA2', 'COLD', 'CRES'],
  hos: ['CA1', 'CA2', 'CB', 'COLD'],
  analyst: ALL_990,
  qa: ALL_990,
  councillor: [],
  admin: [],
};

/** Children listed behind the June referrals figure (CA1, CB, CC, CRES referred; 4 counted), or refused. */
const DRILL_DOWN: Record<Role, string[] | 'refused'> = {
  sw: ['CA1'],
  tm: ['CA1', 'CRES'],
  hos: ['CA1', 'CB'],
  analyst: ['CA1', 'CB', 'CC'],
  qa: ['CA1', 'CB', 'CC'],
  councillor: 'refused',
  admin: 'refused',
};

const FIGURES: Array<['read' | 'export' | 'change', boolean, Outcome[]]> = [
  ['read', false, [Y, Y, Y, Y, Y, 'unsuppressed', NG]],
  ['read', true, [Y, Y, Y, Y, Y, Y, NG]],
  ['export', false, [NG, Y, Y, Y, Y, 'unsuppressed', NG]],
  ['export', true, [NG, Y, Y, Y, Y, Y, NG]],
  // Writing commentary and actions on a measure: its responsible officer (head of service) and analysts.
  ['change', false, [NG, NG, Y, Y, NG, NG, NG]],
];

interface AuditSeen {
  actor: string;
  action: string;
  child_id: string | null;
  reason: string | null;
}

async function auditSince(db: Db, seq: number): Promise<AuditSeen[]> {
  return db.query<AuditSeen>(
    `SELECT actor, action, child_id, detail->>'reason' AS reason FROM audit_log WHERE chain_seq > $1 ORDER BY chain_seq`,
    [seq],
  );
}

async function lastSeq(db: Db): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT coalesce(max(chain_seq), 0)::int AS n FROM audit_log');
  return row?.n ?? 0;
}

const ALLOWED_AUDIT = { read: 'view', export: 'export', change: 'update', 'subject-access': 'export' } as const;

for (const backend of testBackends()) {
  describe(`access matrix on the data functions on ${backend.name}`, () => {
    let db: Store;
    let actors: Record<AccessUserName | 'neighbour', Actor>;
    before(async () => {
      db = await backend.open();
      actors = await buildAccessCouncil(db);
      for (const child_id of ['CA1', 'CB', 'CC', 'CRES'])
        await buildReferral(db, { la_code: '990', child_id, referral_date: '2026-06-10', decision_date: '2026-06-10' });
      await buildReferral(db, {
        la_code: '991',
        child_id: 'CX',
        referral_date: '2026-06-10',
        decision_date: '2026-06-10',
      });
    });
    after(() => db.close());

    for (const [action, childId, outcomes] of CHILD_MATRIX) {
      test(`${action} child ${childId}: readChildRecord and openChild agree, one audit row each`, async () => {
        for (const [index, role] of ROLES.entries()) {
          const expected = outcomes[index]!;
          const actor = actors[role];
          const seq = await lastSeq(db);
          const record = await readChildRecord(db, actor, childId, { on: ON_DATE, via: 'matrix', action });
          assert.equal(record?.child.id, expected === Y ? childId : undefined, `${role} ${action} ${childId}`);
          if (action !== 'subject-access') {
            const decision = await openChild(db, actor, action, childId, { on: ON_DATE, via: 'matrix' });
            assert.deepEqual(
              decision.allowed ? Y : decision.reason,
              expected,
              `openChild ${role} ${action} ${childId}`,
            );
          }
          const row: AuditSeen = {
            actor: actor.userId,
            action: expected === Y ? ALLOWED_AUDIT[action] : 'denied',
            child_id: childId,
            reason: expected === Y ? null : expected,
          };
          assert.deepEqual(await auditSince(db, seq), action === 'subject-access' ? [row] : [row, row], role);
        }
      });
    }

    test('list: each role lists exactly its scope, and listing writes no audit row', async () => {
      const seq = await lastSeq(db);
      for (const role of ROLES)
        assert.deepEqual(await visibleChildIds(db, actors[role], 'list', { on: ON_DATE }), LIST[role], role);
      assert.deepEqual(await auditSince(db, seq), []);
    });

    test('drill-down: the same figure for everyone, the children of their scope, one audit row per child shown', async () => {
      for (const role of ROLES) {
        const seq = await lastSeq(db);
        const expected = DRILL_DOWN[role];
        if (expected === 'refused') {
          await assert.rejects(
            explainIndicators(
              db,
              actors[role],
              { at: ON_DATE, period: 'month', ids: ['referrals'] },
              { via: 'matrix' },
            ),
            DrillDownRefused,
          );
          assert.deepEqual(await auditSince(db, seq), [
            { actor: actors[role].userId, action: 'denied', child_id: null, reason: 'no_grant' },
          ]);
          continue;
        }
        const [result] = await explainIndicators(
          db,
          actors[role],
          { at: ON_DATE, period: 'month', ids: ['referrals'] },
          { via: 'matrix' },
        );
        assert.equal(result?.value, 4, `${role}: the figure counts every child, the restricted one too`);
        assert.deepEqual([...new Set((result?.rows ?? []).map((r) => r.subjectId))].sort(), expected, role);
        assert.deepEqual(
          await auditSince(db, seq),
          expected.map((child_id) => ({ actor: actors[role].userId, action: 'view', child_id, reason: null })),
          role,
        );
      }
    });

    for (const [action, suppressed, outcomes] of FIGURES) {
      test(`${action} figures${suppressed ? ' (suppressed)' : ''}: refusals audited, allowed calls write nothing`, async () => {
        for (const [index, role] of ROLES.entries()) {
          const seq = await lastSeq(db);
          const decision = await authorize(
            db,
            actors[role],
            action,
            { target: 'figures', laCode: '990', suppressed },
            { via: 'matrix' },
          );
          const expected = outcomes[index]!;
          assert.equal(decision.allowed ? Y : decision.reason, expected, `${role} ${action}`);
          assert.deepEqual(
            await auditSince(db, seq),
            expected === Y ? [] : [{ actor: actors[role].userId, action: 'denied', child_id: null, reason: expected }],
          );
        }
      });
    }

    test("another council's figures are refused to everyone", async () => {
      for (const role of ROLES) {
        const decision = await authorize(
          db,
          actors[role],
          'read',
          { target: 'figures', laCode: '991', suppressed: true },
          { via: 'matrix' },
        );
        assert.equal(decision.allowed ? Y : decision.reason, 'other_council', role);
      }
    });
  });
}
