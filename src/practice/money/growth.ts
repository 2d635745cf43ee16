/**
 * Expected growth per budget line from the demand forecast (issue 14: the demand forecast "feeds the
 * budget forecast's expected growth"): for each month left in the financial year, the forecast change in
 * children looked after in the line's placement group since the date, times the line's share of that
 * group's open placements, times the mean weekly cost of the line's open placements, for the month's
 * weeks. Lines with no placement types (staffing) keep their own growth.
 */
import { daysBetween } from '../../calendar/dates.ts';
import type { LineForecast } from './budget.ts';
import { groupOfPlacementType, type DemandForecast } from './demand.ts';

export function growthFromDemand(
  lines: readonly LineForecast[],
  demand: DemandForecast,
  financialYearEnd: string,
): Record<string, number> {
  const groupOf = (l: LineForecast) => (l.placementTypes.length ? groupOfPlacementType(l.placementTypes[0]!) : null);
  const openInGroup = new Map<string, number>();
  for (const l of lines) {
    const g = groupOf(l);
    if (g) openInGroup.set(g, (openInGroup.get(g) ?? 0) + l.openPlacements);
  }
  const weeksLeft = daysBetween(demand.at, financialYearEnd) / 7;
  const growth: Record<string, number> = {};
  for (const l of lines) {
    const g = groupOf(l);
    if (!g) continue;
    const share = openInGroup.get(g) ? l.openPlacements / openInGroup.get(g)! : 0;
    const weekly = l.openPlacements && weeksLeft > 0 ? l.committed / l.openPlacements / weeksLeft : 0;
    let total = 0;
    let previous = demand.at;
    for (const month of demand.months) {
      if (previous >= financialYearEnd) break;
      const end = month.at < financialYearEnd ? month.at : financialYearEnd;
      const delta = (month.byPlacement[g] ?? 0) - (demand.now.byPlacement[g] ?? 0);
      total += share * delta * weekly * (daysBetween(previous, end) / 7);
      previous = end;
    }
    growth[l.line] = Math.round(total);
  }
  return growth;
}
