/**
 * A hand-counted council for the home page tests. On 2025-03-31:
 * - children in need: C1 (open referral), C2 (referral with CP plan), C3 (looked after, referral open);
 *   C4's referral closed on 2025-03-31 itself, so it is not open that day -> 3
 * - on a CP plan: C2 -> 1 (C4's plan ended 2025-01-10)
 * - looked after: C3 -> 1 (C5 is in short-break care only, V3, and national statistics exclude it)
 * - care leavers receiving a service: C6 (former relevant) -> 1
 */
import type { Db } from '../store/db.ts';
import { insertRows } from '../store/bulk.ts';

export async function loadHomeFixture(db: Db): Promise<void> {
  const la = '990';
  await insertRows(db, 'council', [
    { la_code: la, name: 'Fixture Borough Council', new_la_code: 'E06999990', region: 'North East' },
  ]);
  const child = (id: string, dob: string) => ({ la_code: la, id, date_of_birth: dob, sex: 'F', ethnicity: 'WBRI' });
  await insertRows(db, 'child', [
    child('C1', '2015-02-01'),
    child('C2', '2016-06-01'),
    child('C3', '2012-01-01'),
    child('C4', '2010-05-05'),
    child('C5', '2011-07-07'),
    child('C6', '2005-03-03'),
  ]);
  const referral = (id: string, childId: string, from: string, to: string | null) => ({
    la_code: la,
    id,
    child_id: childId,
    referral_date: from,
    source: '6',
    primary_need: 'N1',
    closure_date: to,
    closure_reason: to ? 'RC7' : null,
  });
  await insertRows(db, 'referral', [
    referral('R1', 'C1', '2025-01-06', null),
    referral('R2', 'C2', '2024-10-01', null),
    referral('R3', 'C3', '2023-01-01', null),
    referral('R4', 'C4', '2024-06-01', '2025-03-31'),
  ]);
  const plan = (id: string, childId: string, referralId: string, from: string, to: string | null) => ({
    la_code: la,
    id,
    child_id: childId,
    referral_id: referralId,
    start_date: from,
    end_date: to,
    initial_category: 'NEG',
    latest_category: 'NEG',
  });
  await insertRows(db, 'cp_plan', [
    plan('P1', 'C2', 'R2', '2024-11-01', null),
    plan('P2', 'C4', 'R4', '2024-07-01', '2025-01-10'),
  ]);
  await insertRows(db, 'care_period', [
    { la_code: la, id: 'CP1', child_id: 'C3', start_date: '2023-02-01', end_date: null, short_breaks_only: false },
    { la_code: la, id: 'CP2', child_id: 'C5', start_date: '2024-02-01', end_date: null, short_breaks_only: true },
  ]);
  // Each period of care has its placement and 903 episode: C3 looked after under a care order (C2),
  // C5 under an agreed series of short breaks (V3).
  const placement = (id: string, childId: string, periodId: string, from: string, type: string) => ({
    la_code: la,
    id,
    child_id: childId,
    care_period_id: periodId,
    start_date: from,
    placement_type: type,
    provider: 'PR1',
  });
  await insertRows(db, 'placement', [
    placement('PL1', 'C3', 'CP1', '2023-02-01', 'U1'),
    placement('PL2', 'C5', 'CP2', '2024-02-01', 'U1'),
  ]);
  const episode = (
    id: string,
    childId: string,
    periodId: string,
    placementId: string,
    from: string,
    status: string,
    type: string,
  ) => ({
    la_code: la,
    id,
    child_id: childId,
    care_period_id: periodId,
    placement_id: placementId,
    start_date: from,
    reason_new: 'S',
    legal_status: status,
    category_of_need: 'N1',
    placement_type: type,
    provider: 'PR1',
  });
  await insertRows(db, 'cla_episode', [
    episode('E1', 'C3', 'CP1', 'PL1', '2023-02-01', 'C2', 'U1'),
    episode('E2', 'C5', 'CP2', 'PL2', '2024-02-01', 'V3', 'U1'),
  ]);
  await insertRows(db, 'care_leaver', [
    { la_code: la, child_id: 'C6', eligibility: 'former_relevant', eligible_from: '2023-03-03' },
  ]);
}
