/**
 * Test data for the practice tools over the API and pages: the pages' council (pages.fixture.ts: CA1 of
 * worker WA1 in team TA with an overdue referral decision and an assessment due soon; COLD unallocated)
 * and, judged on ON_DATE (30 June 2026):
 * - CB (worker WB1, team TB, service S1; outside the social worker's and the TA manager's scope) with a
 *   referral undecided since 1 June: overdue too; CA1's and CB's cases open since earlier referrals
 *   (3 November and 1 December 2025), so the proceedings clocks below run on them;
 * - proceedings: CA1 issued 1 December 2025 (week 31, past 26 weeks: due 1 June 2026); CB in
 *   pre-proceedings since 5 January 2026 (past 16 weeks and 3 months); CC's ended 4 May 2026 after 48
 *   weeks (issued 2 June 2025, 336 days), so the 2026-27 average is 48 weeks over 1 case;
 * - adoption: CC (worker WC1, team TC, service S2) looked after since 3 March 2025, plan adoption, placement
 *   order 1 October 2025 and no match: A2 due 121 days later (30 January 2026), overdue; 484 days in
 *   care, over A1's 426;
 * - missing: CA1 twice in the quarter (the return interview offered within 72 hours and taken, then
 *   late and declined: a repeat missing child), CB once (not offered);
 * - exploitation: CA1 at high risk of sexual exploitation, CB at medium risk of criminal exploitation.
 */
import {
  buildAdoption,
  buildCarePeriodWithEpisodes,
  buildCareProceedings,
  buildExploitationAssessment,
  buildMissingEpisode,
  buildPermanencePlan,
  buildReferral,
} from '../../records/factories.ts';
import type { Db, Store } from '../../store/db.ts';
import { createApp } from '../app.ts';
import { loadPagesFixture, ON_DATE } from '../pages/pages.fixture.ts';
import { auditSince, lastAuditId, signInAs } from '../testing.ts';

export { ON_DATE };

export async function loadPracticeFixture(db: Db) {
  const actors = await loadPagesFixture(db);
  const la_code = '990';
  await buildReferral(db, { la_code, id: 'RB1', child_id: 'CB', referral_date: '2026-06-01', decision_date: null });
  // Clocks run on open cases from the day the case opened: earlier referrals, decided and still open.
  await buildReferral(db, {
    la_code,
    id: 'R0',
    child_id: 'CA1',
    referral_date: '2025-11-03',
    decision_date: '2025-11-03',
  });
  await buildReferral(db, {
    la_code,
    id: 'RB0',
    child_id: 'CB',
    referral_date: '2025-12-01',
    decision_date: '2025-12-01',
  });
  await buildCareProceedings(db, {
    la_code,
    id: 'PA1',
    child_id: 'CA1',
    pre_proceedings_start: null,
    pre_proceedings_end: null,
    issue_date: '2025-12-01',
  });
  await buildCareProceedings(db, {
    la_code,
    id: 'PB1',
    child_id: 'CB',
    pre_proceedings_start: '2026-01-05',
    pre_proceedings_end: null,
    issue_date: null,
  });
  await buildCareProceedings(db, {
    la_code,
    id: 'PC1',
    child_id: 'CC',
    pre_proceedings_start: null,
    pre_proceedings_end: null,
    issue_date: '2025-06-02',
    final_order_date: '2026-05-04',
    final_order: 'care_order',
  });
  const care = await buildCarePeriodWithEpisodes(db, { la_code, child_id: 'CC', episodes: [{ start: '2025-03-03' }] });
  await buildPermanencePlan(db, { la_code, child_id: 'CC', plan_date: '2025-04-01', plan: 'adoption' });
  await buildAdoption(db, {
    la_code,
    child_id: 'CC',
    care_period_id: care.period.id,
    decision_date: '2025-05-01',
    placement_order_date: '2025-10-01',
    match_date: null,
    placed_date: null,
  });
  await buildMissingEpisode(db, {
    la_code,
    id: 'MA1',
    child_id: 'CA1',
    start_date: '2026-06-01',
    end_date: '2026-06-02',
    rhi_offered_date: '2026-06-03',
    rhi_accepted: true,
  });
  await buildMissingEpisode(db, {
    la_code,
    id: 'MA2',
    child_id: 'CA1',
    start_date: '2026-06-10',
    end_date: '2026-06-12',
    rhi_offered_date: '2026-06-20',
    rhi_accepted: false,
  });
  await buildMissingEpisode(db, {
    la_code,
    id: 'MB1',
    child_id: 'CB',
    start_date: '2026-05-05',
    end_date: '2026-05-06',
    rhi_offered_date: null,
    rhi_accepted: null,
  });
  await buildExploitationAssessment(db, {
    la_code,
    id: 'XA1',
    child_id: 'CA1',
    assessment_date: '2026-06-15',
    sexual_exploitation_risk: 'high',
    criminal_exploitation_risk: null,
    arrangements_start: '2026-06-15',
  });
  await buildExploitationAssessment(db, {
    la_code,
    id: 'XB1',
    child_id: 'CB',
    assessment_date: '2026-05-10',
    sexual_exploitation_risk: null,
    criminal_exploitation_risk: 'medium',
    arrangements_start: '2026-05-10',
  });
  return actors;
}

/** Children named by a list of rows, in order, once each. */
export function childrenOf(rows: ReadonlyArray<{ childId: string }>): string[] {
  return [...new Set(rows.map((r) => r.childId))];
}

/** The app on the fixture's date, and GET as one of the fixture's users: status, JSON body and the audit rows written. */
export async function practiceApp(db: Store) {
  const actors = await loadPracticeFixture(db);
  const app = createApp({ db, today: () => ON_DATE, oidc: undefined });
  const sessions = new Map<string, string>();
  const get = async (username: string, path: string) => {
    if (!sessions.has(username)) sessions.set(username, (await signInAs(db, username)).cookie);
    const before = await lastAuditId(db);
    const response = await app.request(path, { headers: { cookie: sessions.get(username)! } });
    const body = (await response.json()) as Record<string, unknown> & { error?: { code: string; field?: string } };
    const audit = (await auditSince(db, before)).map(
      (row) => `${row.action} ${row.entity}${row.child_id ? ` ${row.child_id}` : ''}`,
    );
    return { status: response.status, body, audit };
  };
  return { actors, get };
}
