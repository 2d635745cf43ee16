/** Quality (docs/INDICATORS.md "Workforce, workload and quality", second part): audits, checks, complaints, surveys, exploitation. */
import type { RecordIndicator } from '../definition.ts';
import { rowsInPeriod } from '../builders.ts';
import { FAMILY } from './workforce.ts';

const GRADES = [
  { code: 'outstanding', label: 'Outstanding' },
  { code: 'good', label: 'Good' },
  { code: 'requires_improvement', label: 'Requires improvement' },
  { code: 'inadequate', label: 'Inadequate' },
] as const;
const GOOD_OR_BETTER = (grade: string) => `${grade} IN ('outstanding', 'good')`;

export const auditsByGrade: RecordIndicator = {
  id: 'audits-by-grade',
  title: 'Case file audits by grade',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'period',
  source: 'records',
  aggregate: 'percent',
  categories: GRADES,
  definition:
    'Case file audits completed in the period graded good or outstanding / audits completed in the period; the breakdown gives ' +
    'the count and share per grade (a series gives the previous quarters). Placed by the team and worker the audit records, else ' +
    "by the child's allocation on the audit date.",
  rows: rowsInPeriod({
    from: 'case_audit a',
    date: 'a.audit_date',
    columns: { team: 'a.team_id', worker: 'a.worker_id', numerator: GOOD_OR_BETTER('a.grade'), category: 'a.grade' },
  }),
};

export const teamHealthChecks: RecordIndicator = {
  id: 'team-health-checks',
  title: 'Team health checks by grade',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'snapshot',
  source: 'records',
  aggregate: 'percent',
  categories: GRADES,
  levels: ['council', 'locality', 'team'],
  params: {
    measure: {
      description:
        'good-or-better: teams whose latest grade is good or outstanding (default); overdue: teams whose next check is overdue',
      default: 'good-or-better',
      choices: ['good-or-better', 'overdue'],
    },
  },
  adapt: (params) => (params.measure === 'overdue' ? { polarity: 'L' } : {}),
  definition:
    'Latest health check grade per team checked on or before the reference date; the next check is due 12 months after good ' +
    'or outstanding, 6 months after requires improvement or inadequate. Teams good or better (or overdue) / teams checked.',
  rows: (ctx, params) => {
    const due = `(h.check_date + CASE WHEN ${GOOD_OR_BETTER('h.grade')} THEN interval '12 months' ELSE interval '6 months' END)::date`;
    return `
    SELECT ${ctx.columns({
      subjectType: "'team'",
      subject: 'h.team_id',
      record: 'h.id',
      levelDate: 'w.at',
      team: 'h.team_id',
      numerator: params.measure === 'overdue' ? `w.at > ${due}` : GOOD_OR_BETTER('h.grade'),
      category: 'h.grade',
      detail: `'checked ' || h.check_date || ', next due ' || ${due}`,
    })}
      FROM w JOIN LATERAL (
        SELECT DISTINCT ON (c.team_id) c.* FROM team_health_check c
         WHERE c.la_code = ${ctx.la} AND c.check_date <= w.at
         ORDER BY c.team_id, c.check_date DESC, c.id DESC
      ) h ON true`;
  },
};

const THEMES = [
  { code: 'delay', label: 'Delay' },
  { code: 'communication', label: 'Communication' },
  { code: 'staff_attitude', label: 'Staff attitude' },
  { code: 'quality_of_service', label: 'Quality of service' },
  { code: 'information_in_reports', label: 'Information in reports' },
  { code: 'processes', label: 'Processes' },
  { code: 'other', label: 'Other' },
] as const;

export const complaints: RecordIndicator = {
  id: 'complaints',
  title: 'Complaints received, by source and theme; upheld',
  family: FAMILY,
  unit: 'count',
  polarity: 'N',
  kind: 'period',
  source: 'records',
  aggregate: 'count',
  params: {
    measure: {
      description:
        'received: complaints received in the period (default); upheld: % of those decided by the reference date that were upheld',
      default: 'received',
      choices: ['received', 'upheld'],
    },
    by: { description: 'breakdown by theme (default) or by source', default: 'theme', choices: ['theme', 'source'] },
  },
  adapt: (params) => ({
    ...(params.measure === 'upheld' ? { aggregate: 'percent' as const, unit: 'percent' as const } : {}),
    ...(params.by === 'source' ? { categories: [] } : { categories: THEMES }),
  }),
  definition:
    "Complaints about children's social care received in the period, by source (care leaver, parent, residential unit, ...) and " +
    'theme; upheld = complaints received in the period and upheld / those with a decision by the reference date.',
  rows: rowsInPeriod({
    from: 'complaint c',
    date: 'c.received_date',
    columns: (_ctx, params) => ({
      subjectType: "CASE WHEN c.child_id IS NULL THEN 'complaint' ELSE 'child' END",
      subject: 'coalesce(c.child_id, c.id)',
      numerator: params.measure === 'upheld' ? 'c.upheld AND (c.closed_date IS NULL OR c.closed_date <= w.at)' : 'true',
      denominator:
        params.measure === 'upheld'
          ? 'c.upheld IS NOT NULL AND (c.closed_date IS NULL OR c.closed_date <= w.at)'
          : 'true',
      category: params.by === 'source' ? 'c.source' : 'c.theme',
      detail: "c.source || ', ' || c.theme",
    }),
  }),
};

export const surveySatisfaction: RecordIndicator = {
  id: 'survey-satisfaction',
  title: 'Survey results',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'period',
  source: 'records',
  aggregate: 'percent',
  levels: ['council'],
  definition:
    'Survey answers (survey_result) for surveys whose period ended in the window: positive answers / respondents, over all ' +
    'questions, and per survey and question in the breakdown (e.g. parents satisfied with the service; children who feel safe).',
  rows: rowsInPeriod({
    from: 'survey_result s',
    date: 's.period_to',
    columns: {
      subjectType: "'survey'",
      subject: 's.id',
      numValue: 's.positive',
      denValue: 's.respondents',
      category: "s.survey || ': ' || s.question",
      detail: "s.positive || ' of ' || s.respondents || ' positive'",
    },
  }),
};

const RISK = `CASE WHEN 'high' IN (x.sexual_exploitation_risk, x.criminal_exploitation_risk) THEN 'high'
                   WHEN 'medium' IN (x.sexual_exploitation_risk, x.criminal_exploitation_risk) THEN 'medium'
                   WHEN 'low' IN (x.sexual_exploitation_risk, x.criminal_exploitation_risk) THEN 'low'
                   ELSE 'not assessed' END`;

export const exploitation: RecordIndicator = {
  id: 'exploitation',
  title: 'Children considered under exploitation arrangements',
  family: FAMILY,
  unit: 'count',
  polarity: 'N',
  kind: 'period',
  source: 'records',
  aggregate: 'count',
  distinct: true,
  params: {
    measure: {
      description:
        'considered: children considered in the period (default); sexual-risk: of those, at risk of sexual exploitation; ' +
        'high-medium: at high or medium risk; subject-at-date: subject to the arrangements at the reference date; ' +
        'disclosures: children considered in the period who made a disclosure',
      default: 'considered',
      choices: ['considered', 'sexual-risk', 'high-medium', 'subject-at-date', 'disclosures'],
    },
    by: {
      description: 'breakdown by highest risk level (default) or by sex',
      default: 'risk',
      choices: ['risk', 'sex'],
    },
  },
  definition:
    'Vulnerable, exploited, missing and trafficked (VEMT) arrangements: distinct children considered in the period, with the ' +
    'assessed risk of sexual and criminal exploitation, and children subject to the arrangements at the reference date.',
  rows: (ctx, params) => {
    const atDate = params.measure === 'subject-at-date';
    const join = atDate
      ? ctx.openAt('x.arrangements_start', 'x.arrangements_end', 'w.at')
      : ctx.inPeriod('x.assessment_date');
    const numerator =
      {
        considered: 'true',
        'sexual-risk': 'x.sexual_exploitation_risk IS NOT NULL',
        'high-medium': `(${RISK}) IN ('high', 'medium')`,
        'subject-at-date': 'true',
        disclosures: 'x.disclosure',
      }[params.measure ?? 'considered'] ?? 'true';
    return `
    SELECT ${ctx.columns({
      subject: 'x.child_id',
      record: 'x.id',
      levelDate: atDate ? 'w.at' : 'x.assessment_date',
      numerator,
      category: params.by === 'sex' ? 'ch.sex' : RISK,
    })}
      FROM exploitation_assessment x JOIN w ON ${join}
      JOIN child ch ON ch.la_code = x.la_code AND ch.id = x.child_id
     WHERE x.la_code = ${ctx.la}`;
  },
};

export const QUALITY: readonly RecordIndicator[] = [
  auditsByGrade,
  teamHealthChecks,
  complaints,
  surveySatisfaction,
  exploitation,
];
