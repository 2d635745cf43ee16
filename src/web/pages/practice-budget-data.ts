/**
 * The placement budget forecast for the API and the page (src/practice/money/budget.ts, `kestrel
 * budget`): per budget line spend to date, committed, growth, projected outturn and variance, and the
 * month-by-month movement; expected growth the line's own or, asked for, from the demand forecast
 * (growth.ts). Counts of placements only, naming no child; the read is recorded (action view).
 */
import type { Actor } from '../../access/policy.ts';
import { financialYearOf, financialYearPeriod } from '../../calendar/periods.ts';
import { budgetForecast, type BudgetForecast } from '../../practice/money/budget.ts';
import { demandForecast } from '../../practice/money/demand.ts';
import { growthFromDemand } from '../../practice/money/growth.ts';
import type { Db } from '../../store/db.ts';
import { auditToolRead, type Via } from './practice-audits-data.ts';

export type GrowthSource = 'line' | 'demand';

export async function budgetView(
  db: Db,
  actor: Actor,
  request: Via & { at: string; growth: GrowthSource },
): Promise<BudgetForecast> {
  let forecast = await budgetForecast(db, { la: actor.laCode, at: request.at });
  if (request.growth === 'demand') {
    const demand = await demandForecast(db, { laCode: actor.laCode, at: request.at, months: 12 });
    const growth = growthFromDemand(forecast.lines, demand, financialYearPeriod(financialYearOf(request.at)).to);
    forecast = await budgetForecast(db, { la: actor.laCode, at: request.at, growth });
  }
  await auditToolRead(db, actor, 'budget-forecast', { at: request.at, growth: request.growth }, request);
  return forecast;
}
