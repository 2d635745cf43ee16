/**
 * Test data for the pages: the access council (src/access/fixtures/access-council.ts: WA1's children
 * CA1, COLD, COLDER, CRES; WA2's CA2; WB1's CB ...) with names, a family (CA1, CA2 and CB are
 * siblings), and for CA1 a referral decided on 1 May 2026 with an assessment started that day and not
 * yet authorised (so its 45-working-day clock runs: due 7 July 2026, "due soon" on ON_DATE), and a visit;
 * an undecided referral of CA1 (overdue) and an open referral of the unallocated COLD.
 */
import { buildAccessCouncil, ON_DATE } from '../../access/fixtures/access-council.ts';
import { buildAssessment, buildReferral, buildVisit } from '../../records/factories.ts';
import type { Db } from '../../store/db.ts';

export { ON_DATE };

export const NAMES: Record<string, [string, string, string]> = {
  CA1: ['Ava', 'Thornbury', '2015-03-14'],
  CA2: ['Ben', 'Thornbury', '2017-09-02'],
  CB: ['Cara', 'Thornbury', '2019-01-20'],
  COLD: ['Dylan', 'Marsh', '2012-11-05'],
  CC: ['Ella', 'Whitcombe', '2016-06-30'],
};

export async function loadPagesFixture(db: Db) {
  const actors = await buildAccessCouncil(db);
  for (const [id, [given, family, born]] of Object.entries(NAMES))
    await db.query(
      'UPDATE child SET given_name = $3, family_name = $4, date_of_birth = $5 WHERE la_code = $1 AND id = $2',
      ['990', id, given, family, born],
    );
  await db.query("UPDATE child SET upn = 'A123456789012' WHERE la_code = '990' AND id = 'CA1'");
  await db.query("UPDATE child SET family_id = 'F1' WHERE la_code = '990' AND id IN ('CA1', 'CA2', 'CB')");
  const referral = await buildReferral(db, {
    la_code: '990',
    id: 'R1',
    child_id: 'CA1',
    referral_date: '2026-05-01',
    decision_date: '2026-05-01',
  });
  await buildAssessment(db, {
    la_code: '990',
    id: 'AS1',
    child_id: 'CA1',
    referral_id: referral.id,
    start_date: '2026-05-01',
    child_seen_date: '2026-05-05',
    authorised_date: null,
  });
  await buildVisit(db, { la_code: '990', id: 'V1', child_id: 'CA1', visit_date: '2026-06-01', kind: 'cin' });
  // A second referral of CA1 still waiting for its decision: due the next working day (2 June), so
  // overdue on ON_DATE by 28 days.
  await buildReferral(db, {
    la_code: '990',
    id: 'R2',
    child_id: 'CA1',
    referral_date: '2026-06-01',
    decision_date: null,
  });
  // COLD's case is open but its social worker's allocation ended on 1 May: waiting since 2 May, 59 days.
  await buildReferral(db, {
    la_code: '990',
    id: 'R3',
    child_id: 'COLD',
    referral_date: '2026-02-02',
    decision_date: '2026-02-02',
  });
  return actors;
}
