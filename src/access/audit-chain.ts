/**
 * Reading the audit log back: verifying its hash chain, and searching it (for administrators and QA
 * officers; the caller checks the `audit-search` grant). Verification recomputes every row's hash in the
 * database (audit_row_hash, the same function the insert trigger uses) and walks the chain in order:
 * an edited row no longer matches its hash, a deleted row leaves a gap in the sequence and a link to a
 * hash no row has, and rows deleted from the end no longer reach the chain head. Someone able to rewrite
 * every later row and the head could hide an edit; recording the head hash elsewhere (verify prints it)
 * closes that.
 */
import type { Db } from '../store/db.ts';
import type { AuditAction } from './audit.ts';

export interface ChainProblem {
  /** Where in the chain: the sequence number of the row at fault, or expected there. */
  chainSeq: number;
  kind: 'edited' | 'missing' | 'relinked' | 'truncated';
  message: string;
}

export interface ChainReport {
  rows: number;
  headSeq: number;
  headHash: string;
  problems: ChainProblem[];
}

interface CheckedRow {
  chain_seq: number;
  la_code: string;
  id: number;
  prev_hash: string;
  row_hash: string;
  computed: string;
}

const GENESIS_HASH = '0'.repeat(64);
const BATCH = 5000;

/** Checks the whole chain; `problems` is empty when no row was edited or deleted. */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const [head] = await db.query<{ last_seq: number; last_hash: string }>(
    'SELECT last_seq::int8 AS last_seq, last_hash FROM audit_chain_head',
  );
  const problems: ChainProblem[] = [];
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let rows = 0;
  for (;;) {
    const batch = await db.query<CheckedRow>(
      `SELECT chain_seq::int8 AS chain_seq, la_code, id::int8 AS id, prev_hash, row_hash,
              audit_row_hash(prev_hash, chain_seq, la_code, id, at, actor, action, entity, entity_id, child_id, detail) AS computed
         FROM audit_log WHERE chain_seq >= $1 ORDER BY chain_seq LIMIT ${BATCH}`,
      [expectedSeq],
    );
    for (const row of batch) {
      const seq = Number(row.chain_seq);
      const where = `row ${seq} (council ${row.la_code}, id ${row.id})`;
      if (seq > expectedSeq) {
        const span = seq - expectedSeq === 1 ? `row ${expectedSeq} is` : `rows ${expectedSeq} to ${seq - 1} are`;
        problems.push({ chainSeq: expectedSeq, kind: 'missing', message: `${span} missing (deleted) before ${where}` });
      } else if (row.prev_hash !== previousHash) {
        problems.push({ chainSeq: seq, kind: 'relinked', message: `${where} does not link to the row before it` });
      }
      if (row.computed !== row.row_hash)
        problems.push({ chainSeq: seq, kind: 'edited', message: `${where} was changed after it was written` });
      previousHash = row.row_hash;
      expectedSeq = seq + 1;
      rows += 1;
    }
    if (batch.length < BATCH) break;
  }
  const headSeq = Number(head?.last_seq ?? 0);
  const headHash = head?.last_hash ?? GENESIS_HASH;
  if (headSeq !== expectedSeq - 1 || headHash !== previousHash) {
    problems.push({
      chainSeq: expectedSeq,
      kind: 'truncated',
      message:
        headSeq >= expectedSeq
          ? `rows ${expectedSeq} to ${headSeq} are missing from the end (deleted)`
          : 'the chain head does not match the last row',
    });
  }
  return { rows, headSeq, headHash, problems };
}

export interface AuditSearch {
  laCode?: string | undefined;
  childId?: string | undefined;
  /** The acting user id (or command). */
  actor?: string | undefined;
  action?: AuditAction | undefined;
  /** Inclusive bounds on `at`, as ISO dates or timestamps. */
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
}

export interface AuditRow {
  la_code: string;
  id: number;
  at: Date;
  actor: string;
  action: AuditAction;
  entity: string;
  entity_id: string | null;
  child_id: string | null;
  detail: Record<string, unknown> | null;
}

/**
 * Audit rows matching every given filter, newest first (at most `limit`, default 1000). A `to` date
 * without a time covers the whole of that day.
 */
export async function searchAudit(db: Db, search: AuditSearch): Promise<AuditRow[]> {
  const to = search.to && /^\d{4}-\d{2}-\d{2}$/.test(search.to) ? `${search.to}T23:59:59.999999Z` : search.to;
  return db.query<AuditRow>(
    `SELECT la_code, id::int8 AS id, at, actor, action, entity, entity_id, child_id, detail FROM audit_log
      WHERE ($1::text IS NULL OR la_code = $1) AND ($2::text IS NULL OR child_id = $2) AND ($3::text IS NULL OR actor = $3)
        AND ($4::text IS NULL OR action = $4) AND ($5::timestamptz IS NULL OR at >= $5) AND ($6::timestamptz IS NULL OR at <= $6)
      ORDER BY at DESC, chain_seq DESC LIMIT $7`,
    [
      search.laCode ?? null,
      search.childId ?? null,
      search.actor ?? null,
      search.action ?? null,
      search.from ?? null,
      to ?? null,
      search.limit ?? 1000,
    ],
  );
}
