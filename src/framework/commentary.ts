/**
 * Commentary and actions per measure and period (seed 001's COMMENTS and ACTIONS), append-only: a new
 * entry supersedes the earlier one on the scorecard and both are kept. A scorecard shows, for each
 * measure, the latest comment and the latest action written for a period ending on or before its date;
 * one written for an earlier period is carried forward and marked so, with its period and date.
 */
import { recordAudit } from '../access/audit.ts';
import type { Db } from '../store/db.ts';
import type { Commentary } from './model.ts';
import { parseReportingPeriod } from './period.ts';

export interface NewCommentary {
  la: string;
  indicatorId: string;
  /** '2024-25', '2024-25Q2' or '2025-03'. */
  period: string;
  kind: 'comment' | 'action';
  text: string;
  author: string;
  owner?: string | undefined;
  due?: string | undefined;
}

interface CommentaryRow {
  id: string;
  indicator_id: string;
  period: string;
  period_to: string;
  kind: 'comment' | 'action';
  text: string;
  author: string;
  written_at: string;
  owner: string | null;
  due: string | null;
}

const COLUMNS =
  'id::text, indicator_id, period, period_to::text, kind, text, author, to_char(written_at AT TIME ZONE \'UTC\', \'YYYY-MM-DD"T"HH24:MI:SS"Z"\') AS written_at, owner, due::text';

/** Adds one entry (and its audit row) in one transaction; returns its id. */
export async function addCommentary(db: Db, entry: NewCommentary): Promise<string> {
  const period = parseReportingPeriod(entry.period);
  if (!entry.text.trim()) throw new Error('the text is empty');
  if (entry.kind === 'comment' && (entry.owner || entry.due))
    throw new Error('an owner and a due date belong to actions');
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO framework_commentary (la_code, indicator_id, period, period_to, kind, text, author, owner, due)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id::text`,
      [
        entry.la,
        entry.indicatorId,
        period.label,
        period.to,
        entry.kind,
        entry.text.trim(),
        entry.author,
        entry.owner ?? null,
        entry.due ?? null,
      ],
    );
    await recordAudit(tx, {
      laCode: entry.la,
      actor: entry.author,
      action: 'create',
      entity: 'framework_commentary',
      entityId: row!.id,
      detail: { indicator: entry.indicatorId, period: period.label, kind: entry.kind },
    });
    return row!.id;
  });
}

function toCommentary(row: CommentaryRow, carriedForward: boolean): Commentary {
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    author: row.author,
    writtenAt: row.written_at,
    period: row.period,
    carriedForward,
    ...(row.owner !== null ? { owner: row.owner } : {}),
    ...(row.due !== null ? { due: row.due } : {}),
  };
}

/** The whole history, oldest first (optionally of one measure). */
export async function listCommentary(
  db: Db,
  la: string,
  indicatorId?: string,
): Promise<(Commentary & { indicatorId: string })[]> {
  const rows = await db.query<CommentaryRow>(
    `SELECT ${COLUMNS} FROM framework_commentary WHERE la_code = $1 AND ($2::text IS NULL OR indicator_id = $2)
      ORDER BY id`,
    [la, indicatorId ?? null],
  );
  return rows.map((row) => ({ ...toCommentary(row, false), indicatorId: row.indicator_id }));
}

/**
 * For each measure, the latest comment and the latest action for a period ending on or before `periodTo`
 * (the scorecard's period): those written for another period are marked carriedForward. One query for
 * the whole scorecard.
 */
export async function commentaryFor(
  db: Db,
  la: string,
  periodLabel: string,
  periodTo: string,
): Promise<Map<string, Commentary[]>> {
  const rows = await db.query<CommentaryRow>(
    `SELECT DISTINCT ON (indicator_id, kind) ${COLUMNS} FROM framework_commentary
      WHERE la_code = $1 AND period_to <= $2
      ORDER BY indicator_id, kind, period_to DESC, id DESC`,
    [la, periodTo],
  );
  const byIndicator = new Map<string, Commentary[]>();
  for (const row of rows) {
    const list = byIndicator.get(row.indicator_id) ?? [];
    list.push(toCommentary(row, row.period !== periodLabel));
    byIndicator.set(row.indicator_id, list);
  }
  for (const list of byIndicator.values()) list.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'comment' ? -1 : 1));
  return byIndicator;
}
