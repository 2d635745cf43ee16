/**
 * Money (docs/INDICATORS.md "Money"): budget against projected outturn per budget line. A line tied to
 * placement types (and optionally providers) is projected from the placements that fall on it: the
 * cost of each placement's days in the financial year so far, plus, for placements still open at the
 * reference date, their weekly cost to the year end (current commitments), plus the line's expected
 * growth. A line with no placement types (staffing) is assumed to spend its budget plus expected growth.
 */
import type { ManualIndicator, RecordIndicator } from '../definition.ts';

/** First and last day of the financial year containing `day` (1 April to 31 March). */
const FY_YEAR = (day: string) =>
  `(extract(year FROM ${day})::int - CASE WHEN extract(month FROM ${day}) < 4 THEN 1 ELSE 0 END)`;

/**
 * One row per budget line (budget, growth) and one per placement costed on a line; the figure is the
 * sum of num_value: variance = outturn - budget (positive = overspend), or the outturn or the budget.
 */
export const budgetOutturn: RecordIndicator = {
  id: 'budget-outturn',
  title: 'Budget against projected outturn',
  family: 'Money',
  unit: 'pounds',
  polarity: 'L',
  kind: 'snapshot',
  definition:
    'Per budget line of the financial year containing the reference date: budget, projected outturn from current ' +
    'commitments (placement days in the year so far, open placements x weekly cost to the year end, plus expected ' +
    'growth), and variance = outturn - budget (positive is an overspend). Lines without placement types are ' +
    'projected at budget plus expected growth.',
  params: {
    show: {
      description: 'variance (default), projected outturn, or budget',
      default: 'variance',
      choices: ['variance', 'outturn', 'budget'],
    },
  },
  levels: ['council'],
  source: 'records',
  aggregate: 'count',
  rows: (ctx, params) => {
    const show = params.show ?? 'variance';
    const lineValue =
      {
        variance:
          'bl.expected_growth + CASE WHEN cardinality(bl.placement_types) = 0 THEN bl.budget ELSE 0 END - bl.budget',
        outturn: 'bl.expected_growth + CASE WHEN cardinality(bl.placement_types) = 0 THEN bl.budget ELSE 0 END',
        budget: 'bl.budget',
      }[show] ?? 'bl.budget';
    const lines = `SELECT ${ctx.columns({
      subjectType: "'budget_line'",
      subject: 'bl.line',
      levelDate: 'w.at',
      numerator: 'true',
      numValue: lineValue,
      category: 'bl.line',
      detail: `'budget ' || bl.budget || ', expected growth ' || bl.expected_growth`,
    })}
  FROM w
  CROSS JOIN LATERAL (SELECT ${FY_YEAR('w.at')} AS year) fy
  JOIN budget_line bl ON bl.la_code = ${ctx.la} AND bl.financial_year = fy.year`;
    if (show === 'budget') return lines;
    // Placements join the lines by type through one row per (date, line, placement type), a hash join,
    // rather than testing every placement against every line's type array (6 s for a 24-month series on
    // 100,000 children); placements ended before the earliest financial year asked for are skipped by index.
    const lineStart = 'make_date(lt.year, 4, 1)';
    const lineEndExclusive = 'make_date(lt.year + 1, 4, 1)';
    const lineDays = `(least(coalesce(p.end_date, ${lineEndExclusive}), ${lineEndExclusive}) - greatest(p.start_date, ${lineStart}))`;
    return `${lines}
  UNION ALL
  SELECT ${ctx.columns({
    at: 'lt.at',
    subject: 'p.child_id',
    record: 'p.id',
    levelDate: 'lt.at',
    numerator: 'true',
    numValue: `p.weekly_cost * ${lineDays} / 7.0`,
    category: 'lt.line',
    detail: `p.placement_type || coalesce(' (' || p.provider || ')', '') || ' from ' || p.start_date ||
       coalesce(' to ' || p.end_date, ' (open)') || ': ' || ${lineDays} || ' days at ' || p.weekly_cost ||
       ' a week'`,
  })}
  FROM (
    SELECT w.at, fy.year, bl.la_code, bl.line, bl.placement_providers, unnest(bl.placement_types) AS placement_type
      FROM w
      CROSS JOIN LATERAL (SELECT ${FY_YEAR('w.at')} AS year) fy
      JOIN budget_line bl ON bl.la_code = ${ctx.la} AND bl.financial_year = fy.year AND cardinality(bl.placement_types) > 0
  ) lt
  JOIN placement p ON p.la_code = lt.la_code AND p.placement_type = lt.placement_type
   AND (cardinality(lt.placement_providers) = 0 OR p.provider = ANY (lt.placement_providers))
   AND p.weekly_cost IS NOT NULL AND p.start_date <= lt.at
   AND (p.end_date IS NULL OR p.end_date > ${lineStart})
  WHERE p.end_date IS NULL OR p.end_date > (${ctx.earliestAt} - interval '1 year')::date`;
  },
};

/** Entered per period: FTE posts, staffing and non-staffing expenditure, income and capital (seed 000). */
export const serviceResources: ManualIndicator = {
  id: 'service-resources',
  title: 'Service resources',
  family: 'Money',
  unit: 'pounds',
  polarity: 'N',
  kind: 'period',
  definition:
    'Service resources entered per period from the finance system (net expenditure in pounds; the note names the component: staffing, non-staffing, income, capital).',
  source: 'manual',
  aggregate: 'latest',
};

export const MONEY = [budgetOutturn, serviceResources] as const;
