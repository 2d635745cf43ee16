/**
 * The proceedings page's reads: the viewer the access core decides for the proceedings tool, and the
 * tracker with the cases of the children the viewer may see (each audited in the same transaction,
 * their names read in it); the average duration is a figure of every case ending in the period.
 */
import type { Actor } from '../../access/policy.ts';
import { proceedingsTracker, type ProceedingsReport } from '../../practice/proceedings/tracker.ts';
import type { Db } from '../../store/db.ts';
import type { ServerLimits } from '../limits.ts';
import { dateField, periodField, practiceClockRules, runTool, viewerOf } from '../api/practice-query.ts';
import type { PracticePageQuery } from './practice-drift-data.ts';

export interface ProceedingsPageData {
  report: ProceedingsReport;
  names: ReadonlyMap<string, string>;
}

export async function proceedingsPage(
  db: Db,
  actor: Actor,
  request: PracticePageQuery,
  limits: ServerLimits,
): Promise<ProceedingsPageData> {
  const at = dateField(request.query.at, 'at', request.today);
  const period = (request.query.period ?? '').trim() || 'fy';
  periodField(period, at, limits);
  const viewer = await viewerOf(db, actor, 'proceedings', undefined, {
    on: at,
    via: request.via,
    address: request.address,
  });
  const report = await runTool(() =>
    proceedingsTracker(db, {
      la: actor.laCode,
      at,
      period,
      rules: practiceClockRules(),
      actor: actor.userId,
      via: request.via,
      visible: viewer.visible,
    }),
  );
  return { report, names: viewer.names };
}
