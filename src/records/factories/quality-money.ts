/**
 * Factories for quality assurance (case audits, team health checks), complaints, surveys, budget
 * lines, team establishment, workload weights and entered measure values.
 */
import type { Db } from '../../store/db.ts';
import { insertOne, nextId, TEST_LA } from './insert.ts';
import { buildTeam, childIdFor, ensureCouncil } from './people.ts';
import type {
  ComplaintRow,
  SurveyResultRow,
  TeamEstablishmentRow,
  TeamHealthCheckRow,
  WorkloadWeightRow,
  BudgetLineRow as StoredBudgetLineRow,
  CaseAuditRow as StoredCaseAuditRow,
  MeasureValueRow as StoredMeasureValueRow,
} from '../../store/rows.ts';
export type {
  ComplaintRow,
  SurveyResultRow,
  TeamEstablishmentRow,
  TeamHealthCheckRow,
  WorkloadWeightRow,
} from '../../store/rows.ts';

/** As inserted: `themes` given as a read-only array. */
export type CaseAuditRow = Omit<StoredCaseAuditRow, 'themes'> & { themes: readonly string[] };

export async function buildCaseAudit(db: Db, overrides: Partial<CaseAuditRow> = {}): Promise<CaseAuditRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  return insertOne(db, 'case_audit', {
    la_code,
    id: nextId('CA'),
    team_id: null,
    worker_id: null,
    audit_date: '2024-10-15',
    grade: 'good',
    auditor: 'Synthetic Auditor',
    themes: [],
    audit_type: 'random',
    audit_theme: null,
    moderator: null,
    moderated_grade: null,
    findings: null,
    ...overrides,
    child_id,
  } satisfies CaseAuditRow);
}

export async function buildTeamHealthCheck(
  db: Db,
  overrides: Partial<TeamHealthCheckRow> = {},
): Promise<TeamHealthCheckRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const team_id = overrides.team_id ?? (await buildTeam(db, { la_code })).id;
  return insertOne(db, 'team_health_check', {
    la_code,
    id: nextId('TH'),
    check_date: '2024-09-01',
    grade: 'good',
    checked_by: null,
    findings: null,
    ...overrides,
    team_id,
  } satisfies TeamHealthCheckRow);
}

export async function buildTeamEstablishment(
  db: Db,
  overrides: Partial<TeamEstablishmentRow> = {},
): Promise<TeamEstablishmentRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const team_id = overrides.team_id ?? (await buildTeam(db, { la_code })).id;
  return insertOne(db, 'team_establishment', {
    la_code,
    from_date: '2024-04-01',
    funded_fte: 8,
    ...overrides,
    team_id,
  } satisfies TeamEstablishmentRow);
}

export async function buildWorkloadWeight(
  db: Db,
  overrides: Partial<WorkloadWeightRow> = {},
): Promise<WorkloadWeightRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  await ensureCouncil(db, la_code);
  return insertOne(db, 'workload_weight', {
    la_code,
    case_kind: 'cp',
    points: 3,
    ...overrides,
  } satisfies WorkloadWeightRow);
}

export async function buildComplaint(db: Db, overrides: Partial<ComplaintRow> = {}): Promise<ComplaintRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  await ensureCouncil(db, la_code);
  return insertOne(db, 'complaint', {
    la_code,
    id: nextId('CO'),
    received_date: '2024-06-10',
    source: 'parent',
    theme: 'communication',
    child_id: null,
    upheld: null,
    closed_date: null,
    ...overrides,
  } satisfies ComplaintRow);
}

export async function buildSurveyResult(db: Db, overrides: Partial<SurveyResultRow> = {}): Promise<SurveyResultRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  await ensureCouncil(db, la_code);
  return insertOne(db, 'survey_result', {
    la_code,
    id: nextId('SU'),
    survey: 'Parent feedback',
    question: 'Overall, how satisfied are you with the service?',
    period_from: '2024-04-01',
    period_to: '2024-06-30',
    respondents: 40,
    positive: 30,
    ...overrides,
  } satisfies SurveyResultRow);
}

/** As inserted: the code arrays given as arrays (rows.ts reads them back as array text). */
export type BudgetLineRow = Omit<StoredBudgetLineRow, 'placement_types' | 'placement_providers'> & {
  placement_types: readonly string[];
  placement_providers: readonly string[];
};

export async function buildBudgetLine(db: Db, overrides: Partial<BudgetLineRow> = {}): Promise<BudgetLineRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  await ensureCouncil(db, la_code);
  return insertOne(db, 'budget_line', {
    la_code,
    financial_year: 2024,
    line: nextId('Line '),
    budget: 1_000_000,
    placement_types: ['U4', 'U5', 'U6'],
    placement_providers: ['PR4', 'PR5'],
    expected_growth: 0,
    ...overrides,
  } satisfies BudgetLineRow);
}

/** As inserted: `entered_at` is the store's default. */
export type MeasureValueRow = Omit<StoredMeasureValueRow, 'entered_at'>;

export async function buildMeasureValue(db: Db, overrides: Partial<MeasureValueRow> = {}): Promise<MeasureValueRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  await ensureCouncil(db, la_code);
  return insertOne(db, 'measure_value', {
    la_code,
    indicator_id: 'survey-satisfaction',
    period_from: '2024-04-01',
    period_to: '2024-06-30',
    level_kind: 'council',
    level_id: '',
    value: 75,
    numerator: 30,
    denominator: 40,
    note: null,
    entered_by: 'test',
    ...overrides,
  } satisfies MeasureValueRow);
}
