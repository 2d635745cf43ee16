/**
 * Recording at the point of entry, on both stores, over the access fixture council (990: CA1 on the
 * social worker WA1's caseload in team TA, CA2 in team TA, CB in team TB). Every expectation is
 * written out by hand: which rows an event writes, which DfE rule refuses which change, the version
 * and audit rows, and an indicator read before and after.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../store/db.ts';
import { testBackends } from '../store/testing.ts';
import { buildAccessCouncil } from '../access/fixtures/access-council.ts';
import type { Actor } from '../access/policy.ts';
import { evaluateIndicators, KEEP_CHILD_ROWS } from '../indicators/evaluate.ts';
import { readChildRecord } from '../access/child-records.ts';
import { recordEvent, type RecordOutcome } from './record-event.ts';
import { recordVersion } from './record-version.ts';
import { EVENT_KINDS } from './kinds.ts';
import { buildAllocation, buildChild, buildCpPlan, buildReferral, buildWorker } from '../records/factories.ts';

const ON = { on: '2026-06-30', via: 'test' };

async function claAt(db: Store, at: string): Promise<number | null> {
  const [result] = await evaluateIndicators(
    db,
    { ids: ['cla-at-date'], at, level: 'council', la: '990' },
    undefined,
    KEEP_CHILD_ROWS,
  );
  return result!.numerator;
}

/** cpp-visits-10wd at a date: [numerator, denominator]. */
async function cpVisitsAt(db: Store, at: string): Promise<[number | null, number | null]> {
  const [result] = await evaluateIndicators(
    db,
    { ids: ['cpp-visits-10wd'], at, level: 'council', la: '990' },
    undefined,
    KEEP_CHILD_ROWS,
  );
  return [result!.numerator, result!.denominator];
}

for (const backend of testBackends()) {
  describe(`recording events [${backend.name}]`, () => {
    let db: Store;
    let actors: Awaited<ReturnType<typeof buildAccessCouncil>>;
    /** Records at the child's current version, as a form read just now would. */
    const record = async (
      actor: Actor,
      child: string,
      kind: string,
      input: unknown,
      confirm = false,
    ): Promise<RecordOutcome> =>
      recordEvent(
        db,
        actor,
        child,
        kind,
        { input, version: await recordVersion(db, { laCode: '990', childId: child }), confirm },
        ON,
      );
    /** Records (confirming any DfE query) and asserts it was recorded; returns the row's id. */
    const recorded = async (actor: Actor, child: string, kind: string, input: unknown): Promise<string> => {
      const outcome = await record(actor, child, kind, input, true);
      assert.equal(outcome.status, 'recorded', `${kind}: ${JSON.stringify(outcome)}`);
      return outcome.status === 'recorded' ? outcome.written.entityId : '';
    };

    before(async () => {
      db = await backend.open();
      actors = await buildAccessCouncil(db);
      // Complete identifiers, so the returns the events put the children in have nothing else to say.
      await db.query(
        `UPDATE child SET upn_unknown = 'UN2', mother_of_child = false, date_of_birth = '2015-06-01' WHERE la_code = '990'`,
      );
      // Children whose social worker has an id the 903 accepts (SW02), allocated from the day care starts
      // (SW12: a period of care starts with a social worker episode on or after its first day).
      await buildWorker(db, { la_code: '990', id: 'SW0001', team_id: 'TA' });
      for (const [id, date_of_birth] of [
        ['CL1', '2015-06-01'],
        ['CBABY', '2026-05-01'],
      ] as const) {
        await buildChild(db, { la_code: '990', id, date_of_birth, upn_unknown: 'UN2', mother_of_child: false });
        await buildAllocation(db, { la_code: '990', child_id: id, worker_id: 'SW0001', start_date: '2026-06-01' });
      }
    });
    after(() => db.close());

    test('the front door and child protection, each event written as its rows with an audit row', async () => {
      const sw = actors.sw;
      const contact = await recorded(sw, 'CA1', 'contact', {
        contactDate: '2026-05-01',
        source: '1A',
        outcome: 'referral',
        outcomeDate: '2026-05-01',
      });
      const referral = await recorded(sw, 'CA1', 'referral', {
        referralDate: '2026-05-01',
        source: '1A',
        decisionDate: '2026-05-02',
        primaryNeed: 'N1',
        contactId: contact,
      });
      const assessment = await recorded(sw, 'CA1', 'assessment-start', {
        referralId: referral,
        startDate: '2026-05-02',
      });
      await recorded(sw, 'CA1', 'assessment-authorisation', {
        assessmentId: assessment,
        authorisedDate: '2026-05-20',
        factors: ['2B', '1A'],
      });
      const discussion = await recorded(sw, 'CA1', 'strategy-discussion', {
        referralId: referral,
        discussionDate: '2026-05-05',
        s47Decided: true,
      });
      const enquiry = await recorded(sw, 'CA1', 's47-enquiry', {
        referralId: referral,
        strategyDiscussionId: discussion,
        startDate: '2026-05-05',
        conferenceTargetDate: '2026-05-26',
      });
      const conference = await recorded(sw, 'CA1', 'initial-conference', {
        s47EnquiryId: enquiry,
        conferenceDate: '2026-05-22',
        planMade: true,
      });
      const plan = await recorded(sw, 'CA1', 'cp-plan-start', {
        referralId: referral,
        initialConferenceId: conference,
        startDate: '2026-05-22',
        category: 'NEG',
      });
      // On 9 June the plan is 11 working days old (25 May is a bank holiday): due a visit within 10.
      assert.deepEqual(await cpVisitsAt(db, '2026-06-09'), [0, 1]);
      await recorded(sw, 'CA1', 'statutory-visit', {
        visitDate: '2026-06-01',
        kind: 'cp',
        seen: true,
        seenAlone: true,
      });
      assert.deepEqual(await cpVisitsAt(db, '2026-06-09'), [1, 1], 'the visit counts as soon as recorded');
      await recorded(sw, 'CA1', 'cp-plan-end', { planId: plan, endDate: '2026-06-10' });
      const cinPlan = await recorded(sw, 'CA1', 'cin-plan-start', { referralId: referral, startDate: '2026-06-11' });
      await recorded(sw, 'CA1', 'cin-plan-end', { planId: cinPlan, endDate: '2026-06-20' });
      await recorded(sw, 'CA1', 'case-closure', { referralId: referral, closureDate: '2026-06-25', reason: 'RC1' });

      const [row] = await db.query<{ factors: string[]; authorised_date: string; closure: string; cpp_end: string }>(
        `SELECT a.factors::text[] AS factors, a.authorised_date::text, r.closure_date::text AS closure, p.end_date::text AS cpp_end
           FROM assessment a JOIN referral r ON r.la_code = a.la_code AND r.id = a.referral_id
           JOIN cp_plan p ON p.la_code = r.la_code AND p.referral_id = r.id WHERE a.id = $1`,
        [assessment],
      );
      assert.deepEqual(row, {
        factors: ['1A', '2B'],
        authorised_date: '2026-05-20',
        closure: '2026-06-25',
        cpp_end: '2026-06-10',
      });
      assert.equal(await recordVersion(db, { laCode: '990', childId: 'CA1' }), 13);
      // Visible in the child's record as the social worker reads it (scoped, under row-level security).
      const seen = await readChildRecord(db, sw, 'CA1', ON);
      assert.deepEqual(
        Object.fromEntries(
          [
            'contact',
            'referral',
            'assessment',
            'strategy_discussion',
            's47_enquiry',
            'initial_conference',
            'cp_plan',
            'visit',
            'cin_plan',
          ].map((table) => [table, seen?.tables[table]?.length ?? 0]),
        ),
        {
          contact: 1,
          referral: 1,
          assessment: 1,
          strategy_discussion: 1,
          s47_enquiry: 1,
          initial_conference: 1,
          cp_plan: 1,
          visit: 1,
          cin_plan: 1,
        },
      );
      const audit = await db.query<{ action: string; entity: string; version: string }>(
        `SELECT action, entity, detail->>'version' AS version FROM audit_log WHERE child_id = 'CA1' AND detail->>'recorded' = 'true' ORDER BY chain_seq`,
      );
      assert.deepEqual(
        audit.map((a) => `${a.version} ${a.action} ${a.entity}`),
        [
          '1 create contact',
          '2 create referral',
          '3 create assessment',
          '4 update assessment',
          '5 create strategy_discussion',
          '6 create s47_enquiry',
          '7 create initial_conference',
          '8 create cp_plan',
          '9 create visit',
          '10 update cp_plan',
          '11 create cin_plan',
          '12 update cin_plan',
          '13 update referral',
        ],
      );
    });

    test('care: looked after, moves, legal status, review, missing, return interview, care leaver contact; cla-at-date moves at once', async () => {
      const tm = actors.tm;
      assert.equal(await claAt(db, '2026-06-30'), 0);
      await recorded(tm, 'CL1', 'looked-after', {
        startDate: '2026-06-01',
        legalStatus: 'C1',
        categoryOfNeed: 'N1',
        placementType: 'U4',
        provider: 'PR1',
        placementPostcode: 'SW1A 1AA',
        homePostcode: 'SW1A 2AA',
        urn: 'SC123456',
        previousPermanence: 'Z1',
      });
      assert.equal(await claAt(db, '2026-06-30'), 1, 'counted as soon as recorded');
      await recorded(tm, 'CL1', 'placement-change', {
        changeDate: '2026-06-10',
        reasonPlaceChange: 'CARPL',
        placementType: 'U4',
        provider: 'PR1',
        placementPostcode: 'EC1A 1BB',
        urn: 'SC123456',
      });
      await recorded(tm, 'CL1', 'legal-status-change', { changeDate: '2026-06-15', legalStatus: 'C2' });
      await recorded(tm, 'CL1', 'la-review', { reviewDate: '2026-06-20', participation: 'PN1' });
      const missing = await recorded(tm, 'CL1', 'missing-episode', {
        kind: 'M',
        startDate: '2026-06-21',
        endDate: '2026-06-22',
      });
      await recorded(tm, 'CL1', 'return-interview', {
        missingEpisodeId: missing,
        offeredDate: '2026-06-23',
        accepted: true,
      });
      await recorded(tm, 'CL1', 'statutory-visit', { visitDate: '2026-06-24', kind: 'cla', seen: true });
      const episodes = await db.query<{
        start: string;
        end: string | null;
        rne: string;
        ls: string;
        rec: string | null;
      }>(
        `SELECT start_date::text AS start, end_date::text AS "end", reason_new AS rne, legal_status AS ls, reason_ceased AS rec
           FROM cla_episode WHERE la_code = '990' AND child_id = 'CL1' ORDER BY start_date`,
      );
      assert.deepEqual(episodes, [
        { start: '2026-06-01', end: '2026-06-10', rne: 'S', ls: 'C1', rec: 'X1' },
        { start: '2026-06-10', end: '2026-06-15', rne: 'P', ls: 'C1', rec: 'X1' },
        { start: '2026-06-15', end: null, rne: 'L', ls: 'C2', rec: null },
      ]);
      // A care leaver contact for another child (CA1, aged 11) is a plain insert: no 903 cohort holds it.
      await recorded(actors.sw, 'CA1', 'care-leaver-contact', {
        contactDate: '2026-06-01',
        inTouch: 'YES',
        activity: 'F1',
        accommodation: 'B1',
      });
    });

    test('every kind has a form schema and is covered by the two journeys above', () => {
      assert.equal(EVENT_KINDS.length, 20);
    });

    test('a CP plan ending before it started is blocked with CIN rule 8925 on the end date, nothing written', async () => {
      const referral = await buildReferral(db, {
        la_code: '990',
        child_id: 'CA2',
        referral_date: '2026-06-01',
        decision_date: '2026-06-01',
      });
      const plan = (
        await buildCpPlan(db, { la_code: '990', child_id: 'CA2', referral_id: referral.id, start_date: '2026-06-05' })
      ).id;
      const version = await recordVersion(db, { laCode: '990', childId: 'CA2' });
      const outcome = await record(actors.tm, 'CA2', 'cp-plan-end', { planId: plan, endDate: '2026-06-01' });
      assert.deepEqual(outcome, {
        status: 'invalid',
        issues: [
          {
            field: 'endDate',
            message: 'Child Protection Plan End Date earlier than Start Date',
            severity: 'error',
            rule: { returnName: 'cin', code: '8925' },
          },
        ],
      });
      assert.equal(await recordVersion(db, { laCode: '990', childId: 'CA2' }), version);
    });

    test('becoming looked after before birth is blocked by 903 rule 302, said once, beside the start date', async () => {
      const before = await recordVersion(db, { laCode: '990', childId: 'CBABY' });
      const outcome = await record(actors.tm, 'CBABY', 'looked-after', {
        startDate: '2026-04-20',
        legalStatus: 'V2',
        categoryOfNeed: 'N1',
        placementType: 'U4',
        provider: 'PR1',
        placementPostcode: 'SW1A 1AA',
        homePostcode: 'SW1A 2AA',
        urn: 'SC123456',
        previousPermanence: 'Z1',
      });
      assert.equal(outcome.status, 'invalid');
      if (outcome.status !== 'invalid') return;
      // 302 flags the Header and the episode: one issue. (SW12STG2 also says no social worker episode
      // starts with this period of care: CBABY's allocation starts on 1 June.)
      assert.deepEqual(
        outcome.issues.filter((issue) => issue.rule?.code === '302'),
        [
          {
            field: 'startDate',
            message: 'First episode starts before child was born.',
            severity: 'error',
            rule: { returnName: '903', code: '302' },
          },
        ],
      );
      assert.equal(await recordVersion(db, { laCode: '990', childId: 'CBABY' }), before);
      assert.equal((await db.query(`SELECT 1 FROM care_period WHERE child_id = 'CBABY'`)).length, 0, 'nothing written');
    });

    test('a missing episode before the date of birth is blocked by 903 rule 586, found by the return rules', async () => {
      await recorded(actors.tm, 'CBABY', 'looked-after', {
        startDate: '2026-06-01',
        legalStatus: 'V2',
        categoryOfNeed: 'N1',
        placementType: 'U4',
        provider: 'PR1',
        placementPostcode: 'SW1A 1AA',
        homePostcode: 'SW1A 2AA',
        urn: 'SC123456',
        previousPermanence: 'Z1',
      });
      const outcome = await record(actors.tm, 'CBABY', 'missing-episode', {
        kind: 'M',
        startDate: '2026-04-20',
        endDate: '2026-04-21',
      });
      assert.equal(outcome.status, 'invalid', JSON.stringify(outcome));
      if (outcome.status !== 'invalid') return;
      assert.deepEqual(
        outcome.issues.filter((issue) => issue.rule?.code === '586').map((issue) => issue.field),
        ['startDate'],
        JSON.stringify(outcome.issues),
      );
    });

    test('a DfE query asks for confirmation, and is recorded once confirmed (CIN 8670Q: an open assessment)', async () => {
      const referral = await recorded(actors.tm, 'CL1', 'referral', {
        referralDate: '2026-06-01',
        source: '1A',
        primaryNeed: 'N1',
      });
      const input = { referralId: referral, startDate: '2026-06-02' };
      const asked = await record(actors.tm, 'CL1', 'assessment-start', input);
      assert.equal(asked.status, 'needs-confirmation');
      if (asked.status === 'needs-confirmation')
        assert.deepEqual(
          asked.issues.map((issue) => [issue.rule?.code, issue.field, issue.severity]),
          [['8670Q', 'startDate', 'query']],
        );
      assert.equal(
        (await db.query(`SELECT 1 FROM assessment WHERE referral_id = $1`, [referral])).length,
        0,
        'nothing written',
      );
      const confirmed = await record(actors.tm, 'CL1', 'assessment-start', input, true);
      assert.equal(confirmed.status, 'recorded');
      const [audit] = await db.query<{ queries: string }>(
        `SELECT detail->>'confirmedQueries' AS queries FROM audit_log WHERE child_id = 'CL1' AND entity = 'assessment' ORDER BY chain_seq DESC LIMIT 1`,
      );
      assert.equal(audit?.queries, '["8670Q"]');
    });

    test('the form schema names the field: a date that is not a date', async () => {
      const outcome = await record(actors.tm, 'CA2', 'la-review', { reviewDate: '2026-02-30', participation: 'PN1' });
      assert.equal(outcome.status, 'invalid');
      if (outcome.status === 'invalid')
        assert.deepEqual(
          outcome.issues.map((issue) => issue.field),
          ['reviewDate'],
        );
    });
  });
}
