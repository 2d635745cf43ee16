/**
 * Team health checks (seed 002 paragraphs 21-26: "a programme of annual team health checks ... to assess
 * the performance of individual teams", graded, with findings that bring "a sharper focus on the priority
 * areas for improvement within each team"): recording a check, the next check due 12 months after a good
 * or outstanding grade and 6 months after requires improvement or inadequate (the rule the
 * team-health-checks indicator counts overdue checks by), the list of checks due and overdue, and the
 * grades by team over time. Checks concern teams, not children: recording one writes an audit row for
 * the team (action create, entity `team_health_check`) in the same transaction.
 */
import { recordAudit } from '../../access/audit.ts';
import { addDays, addMonths, daysBetween } from '../../calendar/dates.ts';
import { financialYearLabel, financialYearOf } from '../../calendar/periods.ts';
import { insertRows } from '../../store/bulk.ts';
import type { Db } from '../../store/db.ts';
import { OFSTED_GRADES, type OfstedGrade } from '../audits/record.ts';
import { councilOf, PracticeRequestError } from '../council.ts';

/** Days before the due date a check shows as due soon. */
export const DUE_SOON_DAYS = 30;

/** 12 months after good or outstanding, 6 months otherwise (seed 002; the team-health-checks indicator). */
export function nextCheckDue(checked: string, grade: OfstedGrade): string {
  return addMonths(checked, grade === 'good' || grade === 'outstanding' ? 12 : 6);
}

export interface HealthCheckInput {
  teamId: string;
  date: string;
  grade: string;
  checkedBy?: string | undefined;
  findings?: string | undefined;
}

export async function recordHealthCheck(
  db: Db,
  request: { la?: string | undefined; check: HealthCheckInput; actor: string; via: string },
): Promise<{ laCode: string; id: string; nextDue: string }> {
  const { check } = request;
  if (!(OFSTED_GRADES as readonly string[]).includes(check.grade))
    throw new PracticeRequestError(`--grade must be one of ${OFSTED_GRADES.join(', ')}, got "${check.grade}"`);
  return db.transaction(async (tx) => {
    const laCode = await councilOf(tx, request.la);
    const [team] = await tx.query('SELECT 1 FROM team WHERE la_code = $1 AND id = $2', [laCode, check.teamId]);
    if (!team) throw new PracticeRequestError(`--team: no team "${check.teamId}" in council ${laCode}`);
    const id = `THC-${check.teamId}-${check.date}`;
    const [taken] = await tx.query('SELECT 1 FROM team_health_check WHERE la_code = $1 AND id = $2', [laCode, id]);
    if (taken)
      throw new PracticeRequestError(`a health check of team ${check.teamId} on ${check.date} is already recorded`);
    await insertRows(tx, 'team_health_check', [
      {
        la_code: laCode,
        id,
        team_id: check.teamId,
        check_date: check.date,
        grade: check.grade,
        checked_by: check.checkedBy ?? null,
        findings: check.findings ?? null,
      },
    ]);
    await recordAudit(tx, {
      laCode,
      actor: request.actor,
      action: 'create',
      entity: 'team_health_check',
      entityId: id,
      detail: { team: check.teamId, via: request.via },
    });
    return { laCode, id, nextDue: nextCheckDue(check.date, check.grade as OfstedGrade) };
  });
}

export type CheckStatus = 'overdue' | 'due soon' | 'on time' | 'never checked';

export interface TeamCheckDue {
  teamId: string;
  teamName: string;
  lastChecked: string | null;
  lastGrade: OfstedGrade | null;
  nextDue: string | null;
  status: CheckStatus;
  /** Days past the due date at the date asked about (0 unless overdue). */
  daysOver: number;
}

/** Every team open at the date with its latest check on or before it and when the next is due. */
export async function healthChecksDue(
  db: Db,
  request: { la?: string | undefined; at: string },
): Promise<{ laCode: string; at: string; teams: TeamCheckDue[] }> {
  return db.transaction(async (tx) => {
    const laCode = await councilOf(tx, request.la);
    const rows = await tx.query<{ id: string; name: string; check_date: string | null; grade: OfstedGrade | null }>(
      `SELECT t.id, t.name, h.check_date::text AS check_date, h.grade
         FROM team t LEFT JOIN LATERAL (
           SELECT c.check_date, c.grade FROM team_health_check c
            WHERE c.la_code = t.la_code AND c.team_id = t.id AND c.check_date <= $2::date
            ORDER BY c.check_date DESC, c.id DESC LIMIT 1) h ON true
        WHERE t.la_code = $1 AND t.opened <= $2::date AND (t.closed IS NULL OR t.closed > $2::date)
        ORDER BY t.id`,
      [laCode, request.at],
    );
    const order: Record<CheckStatus, number> = { overdue: 0, 'never checked': 1, 'due soon': 2, 'on time': 3 };
    const teams = rows.map((r): TeamCheckDue => {
      const nextDue = r.check_date && r.grade ? nextCheckDue(r.check_date, r.grade) : null;
      const status: CheckStatus = !nextDue
        ? 'never checked'
        : nextDue < request.at
          ? 'overdue'
          : nextDue <= addDays(request.at, DUE_SOON_DAYS)
            ? 'due soon'
            : 'on time';
      return {
        teamId: r.id,
        teamName: r.name,
        lastChecked: r.check_date,
        lastGrade: r.grade,
        nextDue,
        status,
        daysOver: status === 'overdue' ? daysBetween(nextDue!, request.at) : 0,
      };
    });
    teams.sort((a, b) => order[a.status] - order[b.status] || a.teamId.localeCompare(b.teamId));
    return { laCode, at: request.at, teams };
  });
}

export interface HealthCheckHistory {
  laCode: string;
  teams: Array<{
    teamId: string;
    teamName: string;
    checks: Array<{ date: string; grade: OfstedGrade; checkedBy: string | null }>;
  }>;
  /** Checks per financial year by grade (seed 002 paragraph 24: "three good and three requires improvement"). */
  byYear: Array<{ year: string; checks: number } & Record<OfstedGrade, number>>;
}

export async function healthCheckHistory(
  db: Db,
  request: { la?: string | undefined; from?: string | undefined; to?: string | undefined },
): Promise<HealthCheckHistory> {
  return db.transaction(async (tx) => {
    const laCode = await councilOf(tx, request.la);
    const rows = await tx.query<{
      team_id: string;
      name: string;
      check_date: string;
      grade: OfstedGrade;
      checked_by: string | null;
    }>(
      `SELECT c.team_id, t.name, c.check_date::text AS check_date, c.grade, c.checked_by
         FROM team_health_check c JOIN team t ON t.la_code = c.la_code AND t.id = c.team_id
        WHERE c.la_code = $1 AND ($2::date IS NULL OR c.check_date >= $2::date) AND ($3::date IS NULL OR c.check_date <= $3::date)
        ORDER BY c.team_id, c.check_date, c.id`,
      [laCode, request.from ?? null, request.to ?? null],
    );
    const teams: HealthCheckHistory['teams'] = [];
    for (const r of rows) {
      let team = teams.at(-1);
      if (team?.teamId !== r.team_id) teams.push((team = { teamId: r.team_id, teamName: r.name, checks: [] }));
      team.checks.push({ date: r.check_date, grade: r.grade, checkedBy: r.checked_by });
    }
    const years = [...new Set(rows.map((r) => financialYearOf(r.check_date)))].sort();
    const byYear = years.map((fy) => {
      const inYear = rows.filter((r) => financialYearOf(r.check_date) === fy);
      const counts = Object.fromEntries(
        OFSTED_GRADES.map((g) => [g, inYear.filter((r) => r.grade === g).length]),
      ) as Record<OfstedGrade, number>;
      return { year: financialYearLabel(fy), checks: inYear.length, ...counts };
    });
    return { laCode, teams, byYear };
  });
}
