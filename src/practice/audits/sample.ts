/**
 * The month's random sample of case files to audit (seed 002: "a regular programme of case file audits
 * is undertaken on a monthly basis ... randomly selected"): a stratified sample, the same number of open
 * cases from each team, drawn reproducibly from a seed and leaving out children whose file was audited
 * recently. A case is open when a social worker allocation runs on the month's first day; its team is
 * that allocation's. Reproducible: each child is ranked by SHA-256 of `seed:child`, so the draw does not
 * depend on the order rows come back in, and the same seed on the same records gives the same sample.
 * The sample names children: each is audited (action view, entity `case-audit-sample`) in the same
 * transaction.
 */
import { createHash } from 'node:crypto';
import { recordAudits } from '../../access/audit.ts';
import { addDays, formatIsoDate, parseIsoDate } from '../../calendar/dates.ts';
import type { Db } from '../../store/db.ts';
import { councilOf, PracticeRequestError } from '../council.ts';

export interface SampleRequest {
  la?: string | undefined;
  /** The month sampled, YYYY-MM. */
  month: string;
  seed: string;
  /** Cases drawn from each team (fewer when a team has fewer eligible). */
  perTeam: number;
  /** Children whose file was audited within this many days before the month are left out. */
  excludeDays: number;
  actor: string;
  via: string;
  /**
   * The children the person drawing may see (visible_child_ids), when drawn for a person: a restricted
   * child outside it is left out of the draw as if not open, so the sample never names it to them.
   */
  visible?: ReadonlySet<string> | undefined;
}

export interface SampledCase {
  teamId: string;
  childId: string;
  workerId: string;
}

export interface AuditSample {
  laCode: string;
  month: string;
  seed: string;
  /** The month's first day: the date cases are open on. */
  openOn: string;
  perTeam: number;
  excludeDays: number;
  /** Per team: open cases, those left out as recently audited, and the cases drawn. */
  teams: Array<{ teamId: string; open: number; recentlyAudited: number; drawn: SampledCase[] }>;
}

export function monthStart(month: string): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) throw new PracticeRequestError(`--month must be YYYY-MM, got "${month}"`);
  const start = formatIsoDate(Number(match[1]), Number(match[2]), 1);
  parseIsoDate(start);
  return start;
}

/** The rank of a child in the draw: deterministic from the seed, independent of row order. */
export function drawRank(seed: string, childId: string): string {
  return createHash('sha256').update(`${seed}:${childId}`).digest('hex');
}

interface OpenCase {
  team_id: string;
  child_id: string;
  worker_id: string;
  recently_audited: boolean;
}

export async function drawAuditSample(db: Db, request: SampleRequest): Promise<AuditSample> {
  const openOn = monthStart(request.month);
  return db.transaction(async (tx) => {
    const laCode = await councilOf(tx, request.la);
    // One allocation per child: the latest-starting social worker allocation open on the day.
    const rows = await tx.query<OpenCase>(
      `SELECT DISTINCT ON (a.child_id) a.team_id, a.child_id, a.worker_id,
              EXISTS (SELECT 1 FROM case_audit ca WHERE ca.la_code = a.la_code AND ca.child_id = a.child_id
                        AND ca.audit_date < $2::date AND ca.audit_date >= $3::date) AS recently_audited
         FROM allocation a
        WHERE a.la_code = $1 AND a.kind = 'social_worker' AND a.start_date <= $2::date
          AND (a.end_date IS NULL OR a.end_date >= $2::date)
        ORDER BY a.child_id, a.start_date DESC, a.id`,
      [laCode, openOn, addDays(openOn, -request.excludeDays)],
    );
    const byTeam = new Map<string, OpenCase[]>();
    for (const row of rows) {
      if (request.visible && !request.visible.has(row.child_id)) continue;
      byTeam.set(row.team_id, [...(byTeam.get(row.team_id) ?? []), row]);
    }
    const teams = [...byTeam.keys()].sort().map((teamId) => {
      const open = byTeam.get(teamId)!;
      const eligible = open.filter((c) => !c.recently_audited);
      const drawn = eligible
        .map((c) => ({ c, rank: drawRank(request.seed, c.child_id) }))
        .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
        .slice(0, request.perTeam)
        .map(({ c }) => ({ teamId, childId: c.child_id, workerId: c.worker_id }));
      return { teamId, open: open.length, recentlyAudited: open.length - eligible.length, drawn };
    });
    const drawn = teams.flatMap((t) => t.drawn);
    if (drawn.length)
      await recordAudits(
        tx,
        drawn.map((c) => ({
          laCode,
          actor: request.actor,
          action: 'view' as const,
          entity: 'case-audit-sample',
          childId: c.childId,
          detail: { month: request.month, seed: request.seed, via: request.via },
        })),
      );
    return {
      laCode,
      month: request.month,
      seed: request.seed,
      openOn,
      perTeam: request.perTeam,
      excludeDays: request.excludeDays,
      teams,
    };
  });
}
