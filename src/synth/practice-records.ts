/**
 * What the practice tools record beyond an overall grade (issue 14): for each case file audit its type
 * (random or themed), the moderator and moderated grade of the half moderated by a second manager (seed
 * 002: "managers working in pairs"), grades per theme close to the overall grade, findings, and actions
 * with owner and due date; for each team health check who undertook it and its findings. Runs once,
 * after every other table, on the council's own random stream, so the records before it are unchanged
 * and the whole council stays reproducible from the seed.
 */
import { dayNumber } from '../calendar/dates.ts';
import type { SimContext } from './context.ts';
import { iso, type Tables } from './model.ts';

const GRADES = ['outstanding', 'good', 'requires_improvement', 'inadequate'] as const;
export const AUDIT_THEMES = [
  'voice of the child',
  'assessment',
  'plan',
  'management oversight',
  'chronology',
  'risk analysis',
] as const;
const THEMED_FOCUS = ['neglect', 'pre-birth', 'missing', 'domestic abuse', 'care leavers'];
const ACTIONS: Record<string, string> = {
  'voice of the child': "Record the child's wishes and feelings in their own words",
  assessment: 'Update the assessment with the latest analysis of need',
  plan: 'Make the plan SMART with named people and dates',
  'management oversight': 'Record management oversight and the rationale for decisions',
  chronology: 'Bring the chronology up to date',
  'risk analysis': 'Complete a risk analysis with the family network',
};

/** One step up or down the grade scale, or the same grade. */
function nearby(ctx: SimContext, grade: string): string {
  const i = GRADES.indexOf(grade as (typeof GRADES)[number]);
  const step = ctx.random.weighted([
    [-1, 15],
    [0, 65],
    [1, 20],
  ]);
  return GRADES[Math.min(GRADES.length - 1, Math.max(0, i + step))]!;
}

export function practiceRecords(ctx: SimContext, tables: Tables): void {
  const { random } = ctx;
  for (const audit of tables.case_audit) {
    const themed = random.chance(0.2);
    audit.audit_type = themed ? 'themed' : 'random';
    audit.audit_theme = themed ? random.pick(THEMED_FOCUS) : null;
    const moderated = random.chance(0.5);
    audit.moderator = moderated ? random.pick(['Principal Social Worker', 'Service Manager', 'Head of Service']) : null;
    audit.moderated_grade = moderated
      ? random.chance(0.8)
        ? (audit.grade as string)
        : nearby(ctx, audit.grade as string)
      : null;
    const below: string[] = [];
    for (const theme of AUDIT_THEMES) {
      const grade = nearby(ctx, audit.grade as string);
      tables.case_audit_theme_grade.push({ audit_id: audit.id as string, theme, grade });
      if (grade === 'requires_improvement' || grade === 'inadequate') below.push(theme);
    }
    audit.findings = below.length
      ? `Practice to improve: ${below.join(', ')}.`
      : 'Practice is consistently good across the themes audited.';
    const auditDay = dayNumber(audit.audit_date as string);
    below.slice(0, 3).forEach((theme, n) => {
      const due = auditDay + random.int(14, 42);
      const done = due <= ctx.end && random.chance(0.8) ? due - random.int(0, 10) : null;
      tables.case_audit_action.push({
        audit_id: audit.id as string,
        number: n + 1,
        action: ACTIONS[theme]!,
        owner: `Team manager ${audit.team_id ?? ''}`.trim(),
        due: iso(due),
        completed: done !== null && done <= ctx.end ? iso(Math.max(done, auditDay)) : null,
      });
    });
  }
  for (const check of tables.team_health_check) {
    check.checked_by = 'Director of Children\u2019s Services and Assistant Director';
    check.findings =
      check.grade === 'good' || check.grade === 'outstanding'
        ? 'Performance is consistently good; keep the focus on timeliness of visits.'
        : 'Priority areas: timeliness of assessments and visits, and management oversight.';
  }
}
