/**
 * Test data for the quality and money tools' routes: the pages fixture (council 990, teams TA, TB, TC;
 * pages.fixture.ts) with two case file audits in 2026-27 Q1 (CA1 in TA, good and moderated good, two
 * theme grades and an action; CB in TB, requires improvement), health checks of TA (good on 1 June
 * 2025: next due 1 June 2026, overdue on ON_DATE) and TB (requires improvement on 15 January 2026: due
 * 15 July, due soon), two budget lines for 2026-27 and one improvement plan action with an amber report.
 */
import { insertRows } from '../../store/bulk.ts';
import { buildBudgetLine, buildCaseAudit, buildTeamHealthCheck } from '../../records/factories.ts';
import type { Db } from '../../store/db.ts';
import { loadPagesFixture, ON_DATE } from './pages.fixture.ts';

export { ON_DATE };

export async function loadQualityFixture(db: Db) {
  const actors = await loadPagesFixture(db);
  await buildCaseAudit(db, {
    la_code: '990',
    id: 'AUD1',
    child_id: 'CA1',
    team_id: 'TA',
    worker_id: 'WA1',
    audit_date: '2026-05-10',
    grade: 'good',
    moderator: 'Moderator M',
    moderated_grade: 'good',
    themes: ['Plan'],
  });
  await insertRows(db, 'case_audit_theme_grade', [
    { la_code: '990', audit_id: 'AUD1', theme: 'Voice of the child', grade: 'good' },
    { la_code: '990', audit_id: 'AUD1', theme: 'Plan', grade: 'requires_improvement' },
  ]);
  await insertRows(db, 'case_audit_action', [
    {
      la_code: '990',
      audit_id: 'AUD1',
      number: 1,
      action: 'Update the plan',
      owner: 'TM A',
      due: '2026-06-15',
      completed: null,
    },
  ]);
  await buildCaseAudit(db, {
    la_code: '990',
    id: 'AUD2',
    child_id: 'CB',
    team_id: 'TB',
    worker_id: 'WB1',
    audit_date: '2026-06-02',
    grade: 'requires_improvement',
  });
  await buildTeamHealthCheck(db, {
    la_code: '990',
    id: 'THC-TA',
    team_id: 'TA',
    check_date: '2025-06-01',
    grade: 'good',
  });
  await buildTeamHealthCheck(db, {
    la_code: '990',
    id: 'THC-TB',
    team_id: 'TB',
    check_date: '2026-01-15',
    grade: 'requires_improvement',
  });
  await buildBudgetLine(db, {
    la_code: '990',
    financial_year: 2026,
    line: 'Independent fostering',
    budget: 500_000,
    placement_types: ['U4', 'U5', 'U6'],
    placement_providers: [],
    expected_growth: 10_000,
  });
  await buildBudgetLine(db, {
    la_code: '990',
    financial_year: 2026,
    line: 'Social work staffing',
    budget: 200_000,
    placement_types: [],
    placement_providers: [],
    expected_growth: 5_000,
  });
  await insertRows(db, 'improvement_action', [
    {
      la_code: '990',
      id: 'R1.1',
      kind: 'recommendation',
      heading: 'Improve the timeliness of reviews for children looked after',
      action: 'Weekly tracking of reviews due',
      owner: 'Head of service',
      due: '2026-09-30',
      evidence: ['cla-reviews-in-time'],
    },
  ]);
  await db.query(
    "INSERT INTO improvement_progress (la_code, action_id, as_at, rag, note, author) VALUES ('990', 'R1.1', '2026-06-01', 'amber', 'Tracker started', 'hos')",
  );
  return actors;
}
