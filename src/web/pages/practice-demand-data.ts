/**
 * The demand forecast and its backtest for the API and the page (src/practice/money/demand.ts,
 * backtest.ts, `kestrel demand`): children looked after by age band and placement group month by month
 * with the simulated 5th-95th percentile band, and the model's error at 6 and 12 months beside the naive
 * forecast (last value carried forward). Counts only; the read is recorded (action view).
 */
import type { Actor } from '../../access/policy.ts';
import { addMonths } from '../../calendar/dates.ts';
import { backtestDemand, type BacktestResult } from '../../practice/money/backtest.ts';
import { demandForecast, type DemandForecast } from '../../practice/money/demand.ts';
import type { Db } from '../../store/db.ts';
import { auditToolRead, type Via } from './practice-audits-data.ts';

/** History a backtest looks back over unless told: three years, as `kestrel demand --backtest` does. */
export const BACKTEST_HISTORY_MONTHS = 36;

export async function demandView(
  db: Db,
  actor: Actor,
  request: Via & { at: string; months: number },
): Promise<DemandForecast> {
  const forecast = await demandForecast(db, { laCode: actor.laCode, at: request.at, months: request.months });
  await auditToolRead(db, actor, 'demand-forecast', { at: request.at, months: request.months }, request);
  return forecast;
}

export async function backtestView(
  db: Db,
  actor: Actor,
  request: Via & { at: string; historyFrom?: string | undefined },
): Promise<BacktestResult> {
  const historyFrom = request.historyFrom ?? addMonths(request.at, -BACKTEST_HISTORY_MONTHS);
  const result = await backtestDemand(db, { laCode: actor.laCode, at: request.at, historyFrom });
  await auditToolRead(db, actor, 'demand-backtest', { at: request.at, historyFrom }, request);
  return result;
}
