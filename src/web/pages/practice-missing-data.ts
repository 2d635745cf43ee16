/**
 * The missing and exploitation page's reads: the viewer the access core decides for the missing tool,
 * and the report with the episodes and children the viewer may see (each audited in the same
 * transaction, their names read in it); the measures count every child, as figures do.
 */
import type { Actor } from '../../access/policy.ts';
import { missingReport, type MissingReport } from '../../practice/missing/missing.ts';
import type { Db } from '../../store/db.ts';
import type { ServerLimits } from '../limits.ts';
import { dateField, periodField, runTool, viewerOf } from '../api/practice-query.ts';
import type { PracticePageQuery } from './practice-drift-data.ts';

export interface MissingPageData {
  report: MissingReport;
  names: ReadonlyMap<string, string>;
  /** The period as asked (quarter, fy ...), for the filter. */
  period: string;
}

export async function missingPage(
  db: Db,
  actor: Actor,
  request: PracticePageQuery,
  limits: ServerLimits,
): Promise<MissingPageData> {
  const at = dateField(request.query.at, 'at', request.today);
  const period = (request.query.period ?? '').trim() || 'quarter';
  periodField(period, at, limits);
  const viewer = await viewerOf(db, actor, 'missing', undefined, {
    on: at,
    via: request.via,
    address: request.address,
  });
  const report = await runTool(() =>
    missingReport(db, {
      la: actor.laCode,
      at,
      period,
      actor: actor.userId,
      via: request.via,
      visible: viewer.visible,
    }),
  );
  return { report, names: viewer.names, period };
}
