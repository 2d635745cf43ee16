import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import { evaluateIndicators } from '../../indicators/evaluate.ts';
import { buildChild, buildCouncil, buildExploitationAssessment, buildMissingEpisode } from '../../records/factories.ts';
import { missingReport } from './missing.ts';

const AT = '2025-03-31';

for (const backend of testBackends()) {
  describe(`missing and exploitation on ${backend.name}`, () => {
    test('return interviews within 72 hours, repeat missing, exploitation by sex, type and level', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        for (const [id, sex] of [
          ['A', 'F'],
          ['B', 'M'],
          ['C', 'F'],
          ['D', 'F'],
        ] as const)
          await buildChild(db, { id, sex });
        // A: three episodes in Q4. Returned 01-11, offered 01-14 (the third day: within 72 hours), taken.
        await buildMissingEpisode(db, {
          child_id: 'A',
          start_date: '2025-01-10',
          end_date: '2025-01-11',
          rhi_offered_date: '2025-01-14',
          rhi_accepted: true,
        });
        // Returned 02-01, offered 02-05: four days, late; declined.
        await buildMissingEpisode(db, {
          child_id: 'A',
          start_date: '2025-02-01',
          end_date: '2025-02-01',
          rhi_offered_date: '2025-02-05',
          rhi_accepted: false,
        });
        // Still missing at the date (returned after it, offered after it).
        await buildMissingEpisode(db, {
          child_id: 'A',
          start_date: '2025-03-30',
          end_date: '2025-04-02',
          rhi_offered_date: '2025-04-03',
          rhi_accepted: true,
        });
        // B: one episode, never offered an interview.
        await buildMissingEpisode(db, {
          child_id: 'B',
          start_date: '2025-03-01',
          end_date: '2025-03-02',
          rhi_offered_date: null,
          rhi_accepted: null,
        });
        // Before the quarter: not counted.
        await buildMissingEpisode(db, {
          child_id: 'B',
          start_date: '2024-12-30',
          end_date: '2024-12-31',
          rhi_offered_date: '2025-01-01',
        });
        // Exploitation: A considered twice in Q4 (latest counts: sexual high), B criminal medium, C before Q4 but still subject.
        await buildExploitationAssessment(db, {
          child_id: 'A',
          assessment_date: '2025-01-05',
          sexual_exploitation_risk: 'medium',
          criminal_exploitation_risk: null,
          arrangements_start: null,
        });
        await buildExploitationAssessment(db, {
          child_id: 'A',
          assessment_date: '2025-02-05',
          sexual_exploitation_risk: 'high',
          criminal_exploitation_risk: 'low',
          arrangements_start: '2025-02-05',
          disclosure: true,
        });
        await buildExploitationAssessment(db, {
          child_id: 'B',
          assessment_date: '2025-03-10',
          sexual_exploitation_risk: null,
          criminal_exploitation_risk: 'medium',
          arrangements_start: '2025-03-10',
          arrangements_end: '2025-03-31',
        });
        await buildExploitationAssessment(db, {
          child_id: 'C',
          assessment_date: '2024-11-01',
          arrangements_start: '2024-11-01',
        });

        const r = await missingReport(db, { at: AT, period: 'quarter', actor: 't', via: 't' });
        assert.deepEqual(
          r.episodes.map((e) => [e.childId, e.start, e.interview, e.taken]),
          [
            ['A', '2025-01-10', 'within 72 hours', true],
            ['A', '2025-02-01', 'late', false],
            ['A', '2025-03-30', 'still missing', null],
            ['B', '2025-03-01', 'not offered', null],
          ],
        );
        assert.deepEqual(r.measures, {
          episodes: 4,
          children: 2,
          returned: 3,
          offeredWithin72h: 1,
          offeredLate: 1,
          notOffered: 1,
          taken: 1,
          percentOfferedWithin72h: 33,
          repeatChildren: 1,
        });
        assert.deepEqual(r.repeat, [{ childId: 'A', episodes: 3 }]);
        const x = r.exploitation;
        assert.equal(x.considered, 2);
        assert.deepEqual(x.bySex, { F: 1, M: 1 });
        assert.deepEqual([x.sexualRisk, x.sexualRiskByLevel], [1, { high: 1, medium: 0, low: 0 }]);
        assert.deepEqual([x.criminalRisk, x.criminalRiskByLevel], [2, { high: 0, medium: 1, low: 1 }]);
        assert.equal(x.disclosures, 1);
        // A and C are subject at 2025-03-31; B's arrangements end on the date (not open at it, as the DfE counts).
        assert.equal(x.subjectAtDate, 2);

        // The same counts as the exploitation indicator.
        const [considered, subject] = await evaluateIndicators(db, {
          ids: ['exploitation'],
          at: AT,
          period: 'quarter',
        }).then(async (a) => [
          a[0]!,
          (
            await evaluateIndicators(db, {
              ids: ['exploitation'],
              at: AT,
              period: 'quarter',
              params: { exploitation: { measure: 'subject-at-date' } },
            })
          )[0]!,
        ]);
        assert.equal(considered!.value, x.considered);
        assert.equal(subject!.value, x.subjectAtDate);

        const [views] = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'missing-exploitation'`,
        );
        assert.equal(views!.n, 2);
      } finally {
        await db.close();
      }
    });
  });
}
