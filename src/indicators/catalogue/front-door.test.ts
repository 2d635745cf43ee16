import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildChild, buildEarlyHelp, buildSfClaim, buildSfFamily } from '../../records/factories.ts';
import { buildContactOn, buildReferralOn, evaluateOne, idsWith, testOnEveryBackend } from '../testing.ts';

const AT = '2025-03-31';

describe('front door', () => {
  testOnEveryBackend('contacts and contact-conversion: March 2025', async (db) => {
    await buildContactOn(db, {
      id: 'CT1',
      contact_date: '2025-03-01',
      outcome: 'referral',
      outcome_date: '2025-03-01',
    }); // numerator
    await buildContactOn(db, { id: 'CT2', contact_date: '2025-03-31', outcome: 'advice', outcome_date: '2025-03-31' }); // denominator only
    await buildContactOn(db, { id: 'CT3', contact_date: '2025-02-28', outcome: 'referral' }); // day before the window
    await buildContactOn(db, {
      id: 'CT4',
      contact_date: '2025-04-01',
      outcome: 'referral',
      outcome_date: '2025-04-01',
    }); // day after
    await buildContactOn(db, {
      id: 'CT5',
      contact_date: '2025-03-31',
      outcome: 'referral',
      outcome_date: '2025-04-02',
    }); // decided after the date
    // Contacts in March: CT1, CT2, CT5 = 3. Referral outcomes known at 31 March: CT1 = 1. 1 / 3 = 33.3333%.
    const contacts = await evaluateOne(db, 'contacts', { at: AT });
    assert.equal(contacts.value, 3);
    const conversion = await evaluateOne(db, 'contact-conversion', { at: AT, explain: true });
    assert.deepEqual([conversion.numerator, conversion.denominator, conversion.value], [1, 3, 33.3333]);
    assert.deepEqual(idsWith(conversion, 'denominator'), ['CT2', 'CT5']);
  });

  testOnEveryBackend('re-referrals-12m: the 12-month boundary, and an unborn child', async (db) => {
    const a = await buildChild(db, { id: 'A' });
    const b = await buildChild(db, { id: 'B' });
    const unborn = await buildChild(db, {
      id: 'UNBORN',
      date_of_birth: null,
      expected_date_of_birth: '2024-12-01',
      sex: 'U',
    });
    await buildReferralOn(db, {
      child_id: a.id,
      id: 'A1',
      referral_date: '2024-03-10',
      closure_date: '2024-04-10',
      closure_reason: 'RC8',
    });
    await buildReferralOn(db, { child_id: a.id, id: 'A2', referral_date: '2025-03-10' }); // exactly 12 months after A1: re-referral
    await buildReferralOn(db, {
      child_id: b.id,
      id: 'B1',
      referral_date: '2024-03-09',
      closure_date: '2024-04-10',
      closure_reason: 'RC8',
    });
    await buildReferralOn(db, { child_id: b.id, id: 'B2', referral_date: '2025-03-10' }); // 12 months and a day: not
    await buildReferralOn(db, {
      child_id: unborn.id,
      id: 'U1',
      referral_date: '2024-06-01',
      closure_date: '2024-08-01',
      closure_reason: 'RC8',
    }); // first: not
    await buildReferralOn(db, { child_id: unborn.id, id: 'U2', referral_date: '2024-09-01' }); // 3 months after U1: re-referral
    // FY 2024-25 referrals: A2, B2, U1, U2 = 4; re-referrals A2, U2 = 2 -> 50%.
    const result = await evaluateOne(db, 're-referrals-12m', { at: AT, period: 'ytd', explain: true });
    assert.deepEqual([result.numerator, result.denominator, result.value], [2, 4, 50]);
    assert.deepEqual(idsWith(result, 'numerator'), ['A2', 'U2']);
    // The referrals count and rate: 4 / 50,000 x 10,000 = 0.8.
    const referrals = await evaluateOne(db, 'referrals', { at: AT, period: 'ytd' });
    assert.deepEqual([referrals.value, referrals.rate?.value], [4, 0.8]);
  });

  testOnEveryBackend('referral-decision-1wd: Easter 2025 inside the span', async (db) => {
    // Good Friday 18 April and Easter Monday 21 April 2025 are bank holidays.
    await buildReferralOn(db, { id: 'THU-TUE', referral_date: '2025-04-17', decision_date: '2025-04-22' }); // 1 WD: in time
    await buildReferralOn(db, { id: 'THU-WED', referral_date: '2025-04-17', decision_date: '2025-04-23' }); // 2 WD: late
    await buildReferralOn(db, { id: 'WED-THU', referral_date: '2025-04-16', decision_date: '2025-04-17' }); // 1 WD: in time
    await buildReferralOn(db, { id: 'NONE', referral_date: '2025-04-30', decision_date: null }); // no decision: late
    await buildReferralOn(db, { id: 'MAY', referral_date: '2025-05-01', decision_date: '2025-05-01' }); // after the window
    // April 2025: 4 referrals, 2 decided within 1 WD -> 50%.
    const result = await evaluateOne(db, 'referral-decision-1wd', { at: '2025-04-30', explain: true });
    assert.deepEqual([result.numerator, result.denominator, result.value], [2, 4, 50]);
    assert.deepEqual(idsWith(result, 'numerator'), ['THU-TUE', 'WED-THU']);
  });

  testOnEveryBackend('open-to-csc-in-year: episodes touching the year, children counted once', async (db) => {
    await buildReferralOn(db, {
      id: 'D',
      referral_date: '2023-01-01',
      closure_date: '2024-04-01',
      closure_reason: 'RC7',
    }); // closed on day 1: in
    await buildReferralOn(db, {
      id: 'E',
      referral_date: '2023-01-01',
      closure_date: '2024-03-31',
      closure_reason: 'RC7',
    }); // closed the day before: out
    const f = await buildChild(db, { id: 'F' });
    await buildReferralOn(db, {
      id: 'F1',
      child_id: f.id,
      referral_date: '2025-01-01',
      closure_date: '2025-02-01',
      closure_reason: 'RC8',
    });
    await buildReferralOn(db, { id: 'F2', child_id: f.id, referral_date: '2025-03-31' }); // same child: once
    await buildReferralOn(db, { id: 'G', referral_date: '2025-04-01' }); // after the year
    // Children D and F = 2 of 50,000 aged 0-17 = 0.004%.
    const result = await evaluateOne(db, 'open-to-csc-in-year', { at: AT, period: 'ytd' });
    assert.deepEqual([result.numerator, result.denominator, result.value], [2, 50_000, 0.004]);
  });

  testOnEveryBackend('cin-closures-by-duration and cin-closures-step-down: March 2025', async (db) => {
    const closed = (id: string, referral_date: string, closure_date: string, closure_reason = 'RC7') =>
      buildReferralOn(db, { id, referral_date, closure_date, closure_reason });
    await closed('R1', '2024-12-31', '2025-03-30'); // a day short of 3 months: under 3
    await closed('R2', '2024-12-31', '2025-03-31', 'RC9'); // exactly 3 months: 3-6; stepped down (RC9)
    await closed('R3', '2024-11-30', '2025-03-01', 'RC8'); // 30 Nov + 3 months = 28 Feb (clamped): 3-6
    await closed('R4', '2024-06-15', '2025-03-14'); // a day short of 9 months: 6-9
    await closed('R5', '2024-06-15', '2025-03-15'); // exactly 9 months: 9 and over
    await closed('R6', '2025-01-01', '2025-04-01'); // closed after the window
    await closed('R7', '2025-01-01', '2025-02-28'); // closed before it
    await buildEarlyHelp(db, {
      referral_date: '2025-03-02',
      assessment_start: null,
      assessment_completed: null,
      stepped_down_from_referral_id: 'R3',
    }); // R3 stepped down
    await buildEarlyHelp(db, {
      referral_date: '2025-04-05',
      assessment_start: null,
      assessment_completed: null,
      stepped_down_from_referral_id: 'R4',
    }); // after the date: not yet
    const bands = await evaluateOne(db, 'cin-closures-by-duration', { at: AT });
    assert.equal(bands.value, 5);
    assert.deepEqual(
      bands.breakdown?.map((b) => [b.category, b.numerator]),
      [
        ['under-3m', 1],
        ['3-6m', 2],
        ['6-9m', 1],
        ['9m-plus', 1],
      ],
    );
    // Stepped down: R2 (RC9) and R3 (early help episode) of 5 closures = 40%.
    const stepDown = await evaluateOne(db, 'cin-closures-step-down', { at: AT, explain: true });
    assert.deepEqual([stepDown.numerator, stepDown.denominator, stepDown.value], [2, 5, 40]);
    assert.deepEqual(idsWith(stepDown, 'numerator'), ['R2', 'R3']);
  });
});

describe('early help and Supporting Families', () => {
  testOnEveryBackend('eh-hub-referrals, eh-open, eh-assessments-per-month', async (db) => {
    await buildEarlyHelp(db, {
      id: 'E1',
      referral_date: '2025-03-03',
      assessment_start: '2025-03-05',
      assessment_completed: null,
    });
    await buildEarlyHelp(db, {
      id: 'E2',
      referral_date: '2025-02-27',
      assessment_start: '2025-02-28',
      assessment_completed: null,
      end_date: '2025-03-31',
      end_reason: 'needs_met',
    });
    await buildEarlyHelp(db, {
      id: 'E3',
      referral_date: '2025-01-10',
      assessment_start: '2025-01-20',
      assessment_completed: null,
    });
    await buildEarlyHelp(db, {
      id: 'E4',
      referral_date: '2025-04-01',
      assessment_start: null,
      assessment_completed: null,
    });
    // Hub referrals in March: E1. Open at 31 March: E1 and E3 (E2 ended that day). Assessments started
    // January to March: E1, E2, E3 = 3 over 3 months = 1 a month.
    assert.equal((await evaluateOne(db, 'eh-hub-referrals', { at: AT })).value, 1);
    assert.equal((await evaluateOne(db, 'eh-open', { at: AT })).value, 2);
    const perMonth = await evaluateOne(db, 'eh-assessments-per-month', { at: AT, period: 'quarter' });
    assert.deepEqual([perMonth.numerator, perMonth.denominator, perMonth.value], [3, 3, 1]);
  });

  testOnEveryBackend('sf-families-identified and sf-sustained-progress are cumulative to the date', async (db) => {
    await buildSfFamily(db, { family_id: 'F1', attached_date: '2024-05-01' });
    await buildSfFamily(db, { family_id: 'F2', attached_date: '2025-03-31' });
    await buildSfFamily(db, { family_id: 'F3', attached_date: '2025-04-01' });
    await buildSfClaim(db, { family_id: 'F1', claim_date: '2024-10-01', claim_window: 'W1' });
    await buildSfClaim(db, { family_id: 'F1', claim_date: '2025-02-01', claim_window: 'W2' });
    await buildSfClaim(db, { family_id: 'F2', claim_date: '2025-04-02', claim_window: 'W2' });
    // Attached by 31 March: F1, F2 = 2. Claimed by then: F1 once (claims in W1 and W2).
    assert.equal((await evaluateOne(db, 'sf-families-identified', { at: AT })).value, 2);
    const progress = await evaluateOne(db, 'sf-sustained-progress', { at: AT });
    assert.equal(progress.value, 1);
    assert.deepEqual(
      progress.breakdown?.map((b) => [b.category, b.numerator]),
      [
        ['W1', 1],
        ['W2', 1],
      ],
    );
  });
});
