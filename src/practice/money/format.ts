/** The budget and demand forecasts as tables for people (JSON is the objects). */
import { alignColumns } from '../text-table.ts';
import type { BudgetForecast } from './budget.ts';

const m = (n: number) => `£${(n / 1e6).toFixed(3)}m`;

export function formatBudgetTable(b: BudgetForecast): string {
  return `${[
    `Placement budget forecast ${b.financialYear} at ${b.at} (council ${b.laCode}): outturn ${m(b.total.projectedOutturn)} against ${m(b.total.budget)}, variance ${m(b.total.variance)} (positive is an overspend).`,
    '',
    alignColumns([
      ['line', 'budget', 'placements', 'spent to date', 'committed', 'growth', 'projected outturn', 'variance'],
      ...b.lines.map((l) => [
        l.line,
        m(l.budget),
        l.placementTypes.length ? String(l.openPlacements) : '-',
        m(l.spentToDate),
        m(l.committed),
        m(l.expectedGrowth),
        m(l.projectedOutturn),
        m(l.variance),
      ]),
    ]),
    '',
    'Projected outturn month by month:',
    alignColumns([
      ['at', ...b.lines.map((l) => l.line)],
      ...b.movement.map((row) => [
        row.at,
        ...b.lines.map((l) => m(row.lines.find((x) => x.line === l.line)?.projectedOutturn ?? 0)),
      ]),
    ]),
  ].join('\n')}\n`;
}
