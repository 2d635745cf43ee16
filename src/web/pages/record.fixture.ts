/**
 * Test data for the recording forms: the pages fixture (pages.fixture.ts: CA1 on the social worker sw's
 * caseload with referrals R1 and R2, team TA managed by tm) and two children in team TA whose
 * identifiers are complete, so the 903 return they enter when they become looked after has nothing
 * else to say: CL1 (born 1 June 2015) and CBABY (born 1 May 2026), both allocated from 1 June 2026 to
 * SW0001, a worker whose id the 903 accepts (SW02; SW12: a period of care starts with a social worker).
 */
import { buildAllocation, buildChild, buildWorker } from '../../records/factories.ts';
import type { Db } from '../../store/db.ts';
import { loadPagesFixture } from './pages.fixture.ts';

export { ON_DATE } from './pages.fixture.ts';

export async function loadRecordingFixture(db: Db) {
  const actors = await loadPagesFixture(db);
  await buildWorker(db, { la_code: '990', id: 'SW0001', team_id: 'TA', name: 'Sam Walker' });
  for (const [id, given_name, date_of_birth] of [
    ['CL1', 'Leo', '2015-06-01'],
    ['CBABY', 'Mia', '2026-05-01'],
  ] as const) {
    await buildChild(db, {
      la_code: '990',
      id,
      given_name,
      family_name: 'Carter',
      date_of_birth,
      upn_unknown: 'UN2',
      mother_of_child: false,
    });
    await buildAllocation(db, { la_code: '990', child_id: id, worker_id: 'SW0001', start_date: '2026-06-01' });
  }
  return actors;
}

/** Becoming looked after on a date, as the form posts it (a foster placement with complete 903 fields). */
export function lookedAfterForm(startDate: string): Record<string, string> {
  return {
    startDate,
    legalStatus: 'C1',
    categoryOfNeed: 'N1',
    previousPermanence: 'Z1',
    placementType: 'U4',
    provider: 'PR1',
    placementPostcode: 'SW1A 1AA',
    homePostcode: 'SW1A 2AA',
    urn: 'SC123456',
  };
}
