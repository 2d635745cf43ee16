import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import type { Db } from '../../store/db.ts';
import {
  buildAdoption,
  buildCarePeriod,
  buildCarePeriodWithEpisodes,
  buildCareProceedings,
  buildChild,
  buildClaReview,
  buildCouncil,
  buildPermanencePlan,
} from '../../records/factories.ts';
import { evaluateOne, subjects } from '../testing.ts';
import {
  adoptionA1,
  adoptionA2,
  adoptionPlaced12mOfAdm,
  adoptions,
  permanenceBySecondReview,
  sgo,
} from './adoption.ts';

const FY = { at: '2025-03-31', period: 'fy' }; // 2024-04-01 .. 2025-03-31

async function adopted(db: Db, id: string, inCare: string, fields: Parameters<typeof buildAdoption>[1]): Promise<void> {
  await buildChild(db, { id });
  const period = await buildCarePeriod(db, { child_id: id, start_date: inCare });
  await buildAdoption(db, { child_id: id, care_period_id: period.id, ffa_placed_date: null, ...fields });
}

for (const backend of testBackends()) {
  describe(`adoption and permanence on ${backend.name}`, () => {
    test('A1, A10 and A2 over the period and over 3 years; adoptions', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        // AD1: in care 2022-01-01, with the eventual adopters as foster carers 2022-07-01 (181 days),
        //      placed for adoption 2023-01-01 (365 days); placement order 2022-06-01, matched 2022-12-01
        //      (183 days); adopted 2024-04-01, the window's first day.
        await adopted(db, 'AD1', '2022-01-01', {
          decision_date: '2022-05-01',
          placement_order_date: '2022-06-01',
          match_date: '2022-12-01',
          ffa_placed_date: '2022-07-01',
          placed_date: '2023-01-01',
          order_date: '2024-04-01',
        });
        // AD2: in care 2023-03-01, placed 2024-03-01 (366 days, leap year); matched 2023-09-01 before the
        //      placement order of 2023-10-01 (A2 counts 0); adopted 2025-03-31, the window's last day.
        await adopted(db, 'AD2', '2023-03-01', {
          decision_date: '2023-06-01',
          placement_order_date: '2023-10-01',
          match_date: '2023-09-01',
          placed_date: '2024-03-01',
          order_date: '2025-03-31',
        });
        // AD3: adopted 2024-03-31, the day before the window (in the 3-year window): in care 2020-01-01, placed 2021-06-01 (517 days).
        await adopted(db, 'AD3', '2020-01-01', {
          decision_date: '2020-05-01',
          placement_order_date: '2020-06-01',
          match_date: '2021-05-01',
          placed_date: '2021-06-01',
          order_date: '2024-03-31',
        });
        // AD4: adopted 2024-06-01 with consent, no placement order (left out of A2): in care 2023-06-01, placed 2024-01-01 (214 days).
        await adopted(db, 'AD4', '2023-06-01', {
          decision_date: '2023-08-01',
          placement_order_date: null,
          match_date: '2023-12-01',
          placed_date: '2024-01-01',
          order_date: '2024-06-01',
        });
        // AD5: adopted 2022-04-01, first day of the 3-year window: in care 2020-01-01, placed 2021-01-01 (366 days).
        await adopted(db, 'AD5', '2020-01-01', {
          decision_date: '2020-05-01',
          placement_order_date: '2020-06-01',
          match_date: '2020-09-01',
          placed_date: '2021-01-01',
          order_date: '2022-04-01',
        });

        // A1 for the year: AD1 365 + AD2 366 + AD4 214 = 945 days / 3 children = 315.
        const a1 = await evaluateOne(db, adoptionA1, FY);
        assert.deepEqual([a1.numerator, a1.denominator, a1.value], [945, 3, 315]);
        // A10: AD1's clock stops at the foster-for-adoption placement: 181 + 366 + 214 = 761 / 3.
        const a10 = await evaluateOne(db, adoptionA1, { ...FY, params: { adjusted: 'yes' } });
        assert.deepEqual([a10.numerator, a10.value], [761, 253.6667]);
        // A1 over 3 years (2022-04-01 .. 2025-03-31) adds AD3 (517) and AD5 (366): 1828 / 5.
        const a1Three = await evaluateOne(db, adoptionA1, { ...FY, params: { window: '3-years' } });
        assert.deepEqual([a1Three.denominator, a1Three.value], [5, 365.6]);
        // A2 for the year: AD1 183, AD2 0 (matched first); AD4 excluded (no placement order): 183 / 2.
        const a2 = await evaluateOne(db, adoptionA2, FY);
        assert.deepEqual([a2.numerator, a2.denominator, a2.value, a2.excluded], [183, 2, 91.5, 1]);
        // Adoption orders in the year: AD1, AD2, AD4.
        const orders = await evaluateOne(db, adoptions, FY);
        assert.deepEqual(subjects(orders).numerator, ['AD1', 'AD2', 'AD4']);
      } finally {
        await db.close();
      }
    });

    test('A1 and A2 date the placement from the episodes when the adoption record has none', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        for (const id of ['AE1', 'AE2', 'AE3', 'AE4']) await buildChild(db, { id });
        // AE1: no adoption record; in care 2023-01-01, placed with the adopters (A5) 2024-02-01, left care
        //      adopted (E11) 2024-10-01: dated from the placement, 396 days.
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'AE1',
          episodes: [{ start: '2023-01-01' }, { start: '2024-02-01', placement_type: 'A5', legal_status: 'E1' }],
          end: '2024-10-01',
          reason_ceased: 'E11',
        });
        // AE2: an adoption record without a date placed (order 2024-12-01); in care 2023-06-01, A4 from
        //      2024-03-01: 274 days. Placement order 2023-10-01, matched 2024-02-01: A2 123 days.
        const ae2 = await buildCarePeriodWithEpisodes(db, {
          child_id: 'AE2',
          episodes: [{ start: '2023-06-01' }, { start: '2024-03-01', placement_type: 'A4', legal_status: 'E1' }],
          end: '2024-12-01',
          reason_ceased: 'E12',
        });
        await buildAdoption(db, {
          child_id: 'AE2',
          care_period_id: ae2.period.id,
          decision_date: '2023-08-01',
          placement_order_date: '2023-10-01',
          match_date: '2024-02-01',
          placed_date: null,
          order_date: '2024-12-01',
        });
        // AE3: the record's date placed (2024-01-15) wins over the A3 placement (2024-01-10); care began with
        //      short breaks (V3 2023-01-01) and full care on 2023-05-01, which is when it entered care: 259 days.
        //      Placement order 2023-09-01, matched 2023-12-01: A2 91 days.
        const ae3 = await buildCarePeriodWithEpisodes(db, {
          child_id: 'AE3',
          episodes: [
            { start: '2023-01-01', legal_status: 'V3', placement_type: 'K1' },
            { start: '2023-05-01', legal_status: 'C2', placement_type: 'U4' },
            { start: '2024-01-10', placement_type: 'A3', legal_status: 'E1' },
          ],
          end: '2024-11-01',
          reason_ceased: 'E11',
        });
        await buildAdoption(db, {
          child_id: 'AE3',
          care_period_id: ae3.period.id,
          decision_date: '2023-08-01',
          placement_order_date: '2023-09-01',
          match_date: '2023-12-01',
          placed_date: '2024-01-15',
          order_date: '2024-11-01',
        });
        // AE4: left care adopted 2024-09-01 with no record and no placement with adopters: no date placed.
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'AE4',
          episodes: [{ start: '2023-01-01' }],
          end: '2024-09-01',
          reason_ceased: 'E11',
        });

        // A1: 396 + 274 + 259 = 929 / 3; AE4 excluded. Dated from the placement: AE1, AE2; from the record: AE3.
        const a1 = await evaluateOne(db, adoptionA1, FY);
        assert.deepEqual([a1.numerator, a1.denominator, a1.excluded], [929, 3, 1]);
        const datedBy = Object.fromEntries((a1.breakdown ?? []).map((b) => [b.category, b.denominator]));
        assert.deepEqual(datedBy, { 'adoption-record': 1, 'placement-with-adopters': 2 });
        // A2: AE2 123 + AE3 91 = 214 / 2; AE1 and AE4 have no placement order.
        const a2 = await evaluateOne(db, adoptionA2, FY);
        assert.deepEqual([a2.numerator, a2.denominator, a2.value, a2.excluded], [214, 2, 107, 2]);
      } finally {
        await db.close();
      }
    });

    test('placed within 12 months of the decision; special guardianship orders', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        // P1 placed exactly 12 months after the decision (in time); P2 a day later; P3 placed the day before the window.
        await adopted(db, 'P1', '2022-09-01', {
          decision_date: '2023-05-01',
          match_date: '2024-04-01',
          placed_date: '2024-05-01',
          order_date: null,
        });
        await adopted(db, 'P2', '2022-09-01', {
          decision_date: '2023-05-01',
          match_date: '2024-04-01',
          placed_date: '2024-05-02',
          order_date: null,
        });
        await adopted(db, 'P3', '2022-09-01', {
          decision_date: '2023-05-01',
          match_date: '2024-03-01',
          placed_date: '2024-03-31',
          order_date: null,
        });
        const placed = await evaluateOne(db, adoptionPlaced12mOfAdm, FY);
        assert.deepEqual(subjects(placed), { numerator: ['P1'], denominator: ['P1', 'P2'] });

        // SG1 left care on an SGO (E45) and its proceedings ended in an SGO: once. SG2 SGO with supervision
        // in proceedings. SG3 left care on a child arrangements order (E41): not an SGO. SG4's SGO was the day before.
        for (const id of ['SG1', 'SG2', 'SG3', 'SG4']) await buildChild(db, { id });
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'SG1',
          episodes: [{ start: '2023-01-01' }],
          end: '2024-06-01',
          reason_ceased: 'E45',
        });
        await buildCareProceedings(db, {
          child_id: 'SG1',
          issue_date: '2023-01-05',
          final_order_date: '2024-06-01',
          final_order: 'sgo',
        });
        await buildCareProceedings(db, {
          child_id: 'SG2',
          issue_date: '2024-07-01',
          final_order_date: '2025-01-10',
          final_order: 'sgo_supervision',
        });
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'SG3',
          episodes: [{ start: '2023-01-01' }],
          end: '2024-06-01',
          reason_ceased: 'E41',
        });
        await buildCareProceedings(db, {
          child_id: 'SG4',
          issue_date: '2023-07-01',
          final_order_date: '2024-03-31',
          final_order: 'sgo',
        });
        const orders = await evaluateOne(db, sgo, FY);
        assert.equal(orders.numerator, 2);
        assert.deepEqual(subjects(orders).numerator, ['SG1', 'SG2']);
      } finally {
        await db.close();
      }
    });

    test('permanence plan by the second review', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        for (const id of ['PB1', 'PB2', 'PB3', 'PB4']) await buildChild(db, { id });
        const period = (child_id: string, start: string, end?: string) =>
          buildCarePeriodWithEpisodes(db, {
            child_id,
            episodes: [{ start }],
            ...(end ? { end, reason_ceased: 'E4A' } : {}),
          });
        const reviews = async (child_id: string, dates: string[]) => {
          for (const review_date of dates) await buildClaReview(db, { child_id, review_date });
        };
        // PB1: second review 2024-04-20, plan agreed that day: yes.
        await period('PB1', '2024-01-02');
        await reviews('PB1', ['2024-01-25', '2024-04-20']);
        await buildPermanencePlan(db, { child_id: 'PB1', plan_date: '2024-04-20' });
        // PB2: second review 2024-05-15, plan the day after: no.
        await period('PB2', '2024-02-01');
        await reviews('PB2', ['2024-02-20', '2024-05-15']);
        await buildPermanencePlan(db, { child_id: 'PB2', plan_date: '2024-05-16' });
        // PB3: second review 2024-01-15, before the window: not in the cohort.
        await period('PB3', '2023-10-01');
        await reviews('PB3', ['2023-10-20', '2024-01-15']);
        // PB4: a plan from an earlier period of care does not count for the new one (second review 2024-12-10): no.
        await period('PB4', '2022-01-01', '2022-12-01');
        await reviews('PB4', ['2022-01-20', '2022-04-10']);
        await buildPermanencePlan(db, { child_id: 'PB4', plan_date: '2022-03-01' });
        await period('PB4', '2024-09-02');
        await reviews('PB4', ['2024-09-20', '2024-12-10']);
        // PB5: history held only from 2024-06-01 (care began 2024-01-02): the reviews held (2024-07-01,
        //      2024-09-01) may not be the first and second: left out with a reason, not judged.
        await buildChild(db, { id: 'PB5', history_from: '2024-06-01' });
        await period('PB5', '2024-01-02');
        await reviews('PB5', ['2024-07-01', '2024-09-01']);
        // PB6: short breaks (V3) from 2024-01-01, reviewed 2024-01-20; full care from 2024-06-03 (one 903
        //      period), reviewed 2024-06-25 and 2024-09-20; plan 2024-09-01. With short breaks removed the
        //      period began 2024-06-03 and its second review is 2024-09-20: yes (the store's period would
        //      make 2024-06-25 the second, before the plan).
        await buildChild(db, { id: 'PB6' });
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'PB6',
          episodes: [
            { start: '2024-01-01', legal_status: 'V3', placement_type: 'K1' },
            { start: '2024-06-03', legal_status: 'C2', placement_type: 'U4' },
          ],
        });
        await reviews('PB6', ['2024-01-20', '2024-06-25', '2024-09-20']);
        await buildPermanencePlan(db, { child_id: 'PB6', plan_date: '2024-09-01' });
        const result = await evaluateOne(db, permanenceBySecondReview, FY);
        assert.deepEqual(subjects(result), { numerator: ['PB1', 'PB6'], denominator: ['PB1', 'PB2', 'PB4', 'PB6'] });
        assert.equal(result.excluded, 1);
        assert.match(result.rows?.find((r) => r.subjectId === 'PB5')?.excludedReason ?? '', /history held/);
      } finally {
        await db.close();
      }
    });
  });
}
