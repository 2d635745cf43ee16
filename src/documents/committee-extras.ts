/**
 * The committee report's workforce, quality assurance and budget sections (seed 002's "Recruitment and
 * retention", "Case file audits" and seed 003's budget) built from indicator results, never typed in:
 * social worker caseload (`caseload-sw`), vacancies (`sw-vacancies`) and agency rate (`agency-rate`) at
 * the period end, the previous quarter end and a year before; case file audits completed in the period
 * by grade (`audits-by-grade`); each budget line against its projected outturn (`budget-outturn`).
 * A section whose data the store does not hold is left out, as a council leaves out what it has not got.
 * Paragraphs state no count of children or audits: counts go in tables, where disclosure control sees them.
 */
import { addMonths } from '../calendar/dates.ts';
import { monthEndOf } from '../calendar/periods.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import type { ExtraSection } from './extra-sections.ts';
import { formatValue, longDate } from './format.ts';

/** Indicators each section reads; the loader (source.ts) evaluates these. */
export const WORKFORCE_IDS = ['caseload-sw', 'sw-vacancies', 'agency-rate'] as const;
export const AUDIT_ID = 'audits-by-grade';
export const BUDGET_ID = 'budget-outturn';

export interface CommitteeExtrasInput {
  at: string;
  /** What the audit window covers, in words ("the quarter"). */
  periodWords: string;
  /** The workforce indicators at the month-ends the table shows (`workforceDates`). */
  workforce: readonly WorkforcePoint[];
  /** audits-by-grade over the report's period, when evaluated. */
  audits: IndicatorResult | undefined;
  /** budget-outturn with show=outturn and show=budget (council level only). */
  outturn: IndicatorResult | undefined;
  budget: IndicatorResult | undefined;
}

/** One workforce figure at one date: from the scorecard's trend when it has the measure, else the engine. */
export interface WorkforcePoint {
  id: string;
  at: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** The dates the workforce table shows: the period end, the previous quarter end and a year earlier. */
export function workforceDates(at: string): string[] {
  return [0, 3, 12].map((months) => (months === 0 ? at : monthEndOf(addMonths(at, -months))));
}

export function committeeExtraSections(input: CommitteeExtrasInput): ExtraSection[] {
  return [workforceSection(input), auditSection(input), budgetSection(input)].filter(
    (section): section is ExtraSection => section !== null,
  );
}

function workforceSection(input: CommitteeExtrasInput): ExtraSection | null {
  const find = (id: string, at: string) => input.workforce.find((r) => r.id === id && r.at === at);
  const rows = workforceDates(input.at)
    .filter((at) => WORKFORCE_IDS.some((id) => find(id, at)?.value != null))
    .map((at) => ({
      label: longDate(at),
      values: [
        find('caseload-sw', at)?.value ?? null,
        find('caseload-sw', at)?.numerator ?? null,
        find('caseload-sw', at)?.denominator ?? null,
        find('sw-vacancies', at)?.value ?? null,
        find('agency-rate', at)?.value ?? null,
      ],
    }));
  if (rows.length === 0) return null;
  const now = rows[0]!.values;
  const sentence =
    rows[0]!.label === longDate(input.at)
      ? `At ${longDate(input.at)} social workers held ${formatValue(now[0], 'ratio') || 'no'} cases per full-time equivalent (FTE) post; ${formatValue(now[3], 'fte') || 'no'} FTE funded social work posts were vacant, and agency workers made up ${formatValue(now[4], 'percent') || 'none'} of social worker FTE.`
      : `No workforce figures were recorded at ${longDate(input.at)}; the table shows the latest earlier figures.`;
  return {
    title: 'Workforce: recruitment and retention',
    paragraphs: [
      sentence,
      'Caseloads, vacancies and the agency rate follow the DfE children and family social work workforce (CSWW) definitions.',
    ],
    table: {
      caption: 'Social work workforce at the period end, the previous quarter end and a year earlier',
      head: [
        'At',
        'Cases per social worker FTE',
        'Children allocated',
        'Social worker FTE',
        'Vacant posts (FTE)',
        'Agency workers (% of FTE)',
      ],
      units: ['ratio', 'count', 'fte', 'fte', 'percent'],
      rows,
      counts: [1],
    },
  };
}

function auditSection(input: CommitteeExtrasInput): ExtraSection | null {
  const audits = input.audits;
  const grades = audits?.breakdown ?? [];
  const total = grades.reduce((sum, grade) => sum + grade.numerator, 0);
  if (!audits || total === 0) return null;
  const percent = (n: number) => Math.round((1000 * n) / total) / 10;
  return {
    title: 'Quality assurance: case file audits',
    paragraphs: [
      'Case file audits are a key element of the quality assurance framework; each audit is graded against the Ofsted judgement criteria.',
      `The table shows the audits completed in ${input.periodWords} by overall grade; ${formatValue(audits.value, 'percent')} were graded good or outstanding.`,
    ],
    table: {
      caption: `Case file audits completed in ${input.periodWords}, by overall grade`,
      head: ['Grade', 'Audits', '% of audits'],
      units: ['count', 'percent'],
      rows: [
        ...grades.map((grade) => ({ label: grade.label, values: [grade.numerator, percent(grade.numerator)] })),
        { label: 'Total', values: [total, 100] },
      ],
      counts: [0],
      totalRow: true,
      percentOf: [{ column: 1, count: 0 }],
    },
  };
}

function budgetSection(input: CommitteeExtrasInput): ExtraSection | null {
  const budget = new Map((input.budget?.breakdown ?? []).map((line) => [line.category, line]));
  const outturn = input.outturn?.breakdown ?? [];
  if (budget.size === 0) return null;
  const lines = [...budget.values()].map((line) => {
    const projected = outturn.find((o) => o.category === line.category)?.numerator ?? null;
    return {
      label: line.label,
      values: [line.numerator, projected, projected === null ? null : projected - line.numerator],
    };
  });
  const sum = (column: number) => lines.reduce((total, line) => total + (line.values[column] ?? 0), 0);
  const variance = sum(2);
  return {
    title: 'Budget',
    paragraphs: [
      `Projected from current commitments at ${longDate(input.at)}, the budget lines below are forecast to ${variance > 0 ? `overspend by ${formatValue(variance, 'pounds')}` : variance < 0 ? `underspend by ${formatValue(-variance, 'pounds')}` : 'spend their budget'} for the year. Placement lines are projected from each placement's cost so far and open placements' weekly cost to the year end, plus expected growth.`,
    ],
    table: {
      caption: 'Budget against projected outturn for the financial year (positive variance is an overspend)',
      head: ['Budget line', 'Budget', 'Projected outturn', 'Variance'],
      units: ['pounds', 'pounds', 'pounds'],
      rows: [...lines, { label: 'Total', values: [sum(0), sum(1), variance] }],
      totalRow: true,
    },
  };
}
