/**
 * The quarterly case file audit summary (seed 002 paragraph 30: "Of the 26 audits completed during the
 * quarter: 1 was judged to be 'outstanding' 4% ... (59% in Q1; 39% in Q2; 32% in Q3; 60% in Q4)"): the
 * audits completed in a financial quarter by overall grade with their share, the same shares for the
 * four quarters before (the grade trend), random and themed audits, the grades given each theme and the
 * learning themes arising, the moderation agreement rate (moderated audits whose moderator gave the
 * auditor's overall grade), and the actions set with how many are done, open and overdue at the
 * quarter's end. Counts only: it names no child.
 */
import { addMonths, formatIsoDate, addDays } from '../../calendar/dates.ts';
import { financialQuarterOf, financialYearLabel, financialYearOf } from '../../calendar/periods.ts';
import type { Db } from '../../store/db.ts';
import { councilOf, PracticeRequestError } from '../council.ts';
import { OFSTED_GRADES, type OfstedGrade } from './record.ts';

export interface Quarter {
  label: string;
  from: string;
  to: string;
}

/** The financial quarter containing a date: 2024-05-10 → 2024-25 Q1 (1 April to 30 June 2024). */
export function quarterOf(at: string): Quarter {
  const fy = financialYearOf(at);
  const q = financialQuarterOf(at);
  const from = addMonths(formatIsoDate(fy, 4, 1), (q - 1) * 3);
  return { label: `${financialYearLabel(fy)} Q${q}`, from, to: addDays(addMonths(from, 3), -1) };
}

/** Reads `2024-25Q1` or `2024-25 Q1`. */
export function parseQuarter(text: string): Quarter {
  const match = /^(\d{4})-(\d{2})\s*Q([1-4])$/i.exec(text.trim());
  if (!match || (Number(match[1]) + 1) % 100 !== Number(match[2]))
    throw new PracticeRequestError(`--quarter must be a financial quarter like 2024-25Q1, got "${text}"`);
  return quarterOf(addMonths(formatIsoDate(Number(match[1]), 4, 1), (Number(match[3]) - 1) * 3));
}

export interface GradeCount {
  grade: OfstedGrade;
  count: number;
  /** Share of the quarter's audits, whole per cent (null when there were none). */
  percent: number | null;
}

export interface AuditSummary {
  laCode: string;
  quarter: Quarter;
  audits: number;
  byGrade: GradeCount[];
  /** The four quarters before, oldest first, each with its grades. */
  trend: Array<{ quarter: Quarter; audits: number; byGrade: GradeCount[] }>;
  byType: { random: number; themed: number };
  /** Per theme graded: how many audits gave each grade. */
  themes: Array<{ theme: string; graded: number } & Record<OfstedGrade, number>>;
  /** Learning themes arising, most frequent first. */
  learning: Array<{ theme: string; audits: number }>;
  moderation: { moderated: number; agreed: number; rate: number | null };
  actions: { set: number; done: number; open: number; overdue: number };
}

const share = (count: number, total: number) => (total ? Math.round((count / total) * 100) : null);

async function gradesIn(db: Db, laCode: string, q: Quarter): Promise<{ audits: number; byGrade: GradeCount[] }> {
  const rows = await db.query<{ grade: OfstedGrade; n: number }>(
    `SELECT grade, count(*)::int AS n FROM case_audit
      WHERE la_code = $1 AND audit_date BETWEEN $2::date AND $3::date GROUP BY grade`,
    [laCode, q.from, q.to],
  );
  const audits = rows.reduce((sum, r) => sum + r.n, 0);
  return {
    audits,
    byGrade: OFSTED_GRADES.map((grade) => {
      const count = rows.find((r) => r.grade === grade)?.n ?? 0;
      return { grade, count, percent: share(count, audits) };
    }),
  };
}

export async function auditSummary(
  db: Db,
  request: { la?: string | undefined; quarter: Quarter },
): Promise<AuditSummary> {
  return db.transaction(async (tx) => {
    const laCode = await councilOf(tx, request.la);
    const q = request.quarter;
    const args = [laCode, q.from, q.to];
    const current = await gradesIn(tx, laCode, q);
    const trend = [];
    for (let back = 4; back >= 1; back--) {
      const quarter = quarterOf(addMonths(q.from, -3 * back));
      trend.push({ quarter, ...(await gradesIn(tx, laCode, quarter)) });
    }
    const [types] = await tx.query<{ random: number; themed: number }>(
      `SELECT count(*) FILTER (WHERE audit_type = 'random')::int AS random,
              count(*) FILTER (WHERE audit_type = 'themed')::int AS themed,
              count(moderated_grade)::int AS moderated,
              count(*) FILTER (WHERE moderated_grade = grade)::int AS agreed
         FROM case_audit WHERE la_code = $1 AND audit_date BETWEEN $2::date AND $3::date`,
      args,
    );
    const moderation = types as unknown as { moderated: number; agreed: number };
    const themeRows = await tx.query<{ theme: string; grade: OfstedGrade; n: number }>(
      `SELECT g.theme, g.grade, count(*)::int AS n
         FROM case_audit_theme_grade g JOIN case_audit ca ON ca.la_code = g.la_code AND ca.id = g.audit_id
        WHERE ca.la_code = $1 AND ca.audit_date BETWEEN $2::date AND $3::date
        GROUP BY g.theme, g.grade`,
      args,
    );
    const themeNames = [...new Set(themeRows.map((r) => r.theme))].sort();
    const themes = themeNames.map((theme) => {
      const counts = Object.fromEntries(
        OFSTED_GRADES.map((g) => [g, themeRows.find((r) => r.theme === theme && r.grade === g)?.n ?? 0]),
      ) as Record<OfstedGrade, number>;
      return { theme, graded: Object.values(counts).reduce((a, b) => a + b, 0), ...counts };
    });
    const learning = await tx.query<{ theme: string; audits: number }>(
      `SELECT theme, count(*)::int AS audits
         FROM case_audit, unnest(themes) AS theme
        WHERE la_code = $1 AND audit_date BETWEEN $2::date AND $3::date
        GROUP BY theme ORDER BY count(*) DESC, theme`,
      args,
    );
    const [actions] = await tx.query<{ set: number; done: number; open: number; overdue: number }>(
      `SELECT count(*)::int AS set,
              count(*) FILTER (WHERE a.completed <= $3::date)::int AS done,
              count(*) FILTER (WHERE a.completed IS NULL OR a.completed > $3::date)::int AS open,
              count(*) FILTER (WHERE (a.completed IS NULL OR a.completed > $3::date) AND a.due < $3::date)::int AS overdue
         FROM case_audit_action a JOIN case_audit ca ON ca.la_code = a.la_code AND ca.id = a.audit_id
        WHERE ca.la_code = $1 AND ca.audit_date BETWEEN $2::date AND $3::date`,
      args,
    );
    return {
      laCode,
      quarter: q,
      ...current,
      trend,
      byType: { random: types?.random ?? 0, themed: types?.themed ?? 0 },
      themes,
      learning,
      moderation: {
        moderated: moderation.moderated,
        agreed: moderation.agreed,
        rate: share(moderation.agreed, moderation.moderated),
      },
      actions: actions ?? { set: 0, done: 0, open: 0, overdue: 0 },
    };
  });
}
