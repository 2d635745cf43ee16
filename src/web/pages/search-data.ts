/**
 * Finding a child: by name (fuzzy: pg_trgm's trigram similarity, migration 20261206_04), by the
 * council's child id, by UPN or by date of birth. The search runs as the caller under row-level
 * security (withActor), so it returns only children the caller may open; opening one is audited by
 * the child page. Listing names in results is not a view of a record and is not audited.
 */
import { withActor } from '../../access/actor.ts';
import type { Row } from '../../access/child-records.ts';
import type { Actor } from '../../access/policy.ts';
import type { Db } from '../../store/db.ts';
import { summarise, type ChildSummary } from './child-data.ts';

/** At most this many results are shown; the page says when there were more. */
export const MAX_RESULTS = 50;

export interface SearchResult extends ChildSummary {
  /** Why it matched: name, child id, UPN or date of birth. */
  matched: string;
}

export interface SearchOutcome {
  results: SearchResult[];
  more: boolean;
}

/** A typed date of birth (2015-03-14, 14/03/2015 or 14-3-2015) as ISO, or undefined. */
export function parseDateOfBirth(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!year || !month || !day) return undefined;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

const CHILD_COLUMNS = 'id, given_name, family_name, date_of_birth, upn, sex, family_id';

async function exactMatches(tx: Db, laCode: string, query: string): Promise<SearchResult[]> {
  const results: SearchResult[] = [];
  const key = query.toUpperCase();
  if (/^[A-Z0-9]{1,20}$/.test(key)) {
    const rows = await tx.query<Row>(
      `SELECT ${CHILD_COLUMNS} FROM child WHERE la_code = $1 AND (upper(id) = $2 OR upn = $2 OR former_upn = $2)`,
      [laCode, key],
    );
    for (const row of rows)
      results.push({ ...summarise(row), matched: String(row.id).toUpperCase() === key ? 'child id' : 'UPN' });
  }
  const born = parseDateOfBirth(query);
  if (born) {
    const rows = await tx.query<Row>(
      `SELECT ${CHILD_COLUMNS} FROM child WHERE la_code = $1 AND date_of_birth = $2::date ORDER BY family_name, given_name, id LIMIT ${MAX_RESULTS + 1}`,
      [laCode, born],
    );
    for (const row of rows) results.push({ ...summarise(row), matched: 'date of birth' });
  }
  return results;
}

/**
 * Names like the one typed, best first, by pg_trgm: similarity() of the whole name (at least
 * pg_trgm.similarity_threshold, 0.3, by the % operator), or word_similarity() of what was typed within
 * the name (at least pg_trgm.word_similarity_threshold, 0.6, by <%), so a family name alone still finds
 * a child with several given names; ties by child id. The matching ids come from child_name_matches
 * (migration 20261206_04), which uses the trigram index within the caller's scope; the rows are then
 * read through row-level security like any other.
 */
async function nameMatches(tx: Db, laCode: string, query: string): Promise<SearchResult[]> {
  const rows = await tx.query<Row>(
    `SELECT ${CHILD_COLUMNS.split(', ')
      .map((column) => `c.${column}`)
      .join(', ')}
       FROM child_name_matches($2, ${MAX_RESULTS + 1}) m JOIN child c ON c.la_code = $1 AND c.id = m.child_id
      ORDER BY m.score DESC, m.child_id`,
    [laCode, query],
  );
  return rows.map((row) => ({ ...summarise(row), matched: 'name' }));
}

/** The children the caller may see matching the query: exact matches first, then names by similarity. */
export async function searchChildren(db: Db, actor: Actor, query: string, on: string): Promise<SearchOutcome> {
  const typed = query.trim();
  if (!typed) return { results: [], more: false };
  const found = await withActor(db, actor, 'list', { on }, async (tx) => [
    ...(await exactMatches(tx, actor.laCode, typed)),
    ...(await nameMatches(tx, actor.laCode, typed)),
  ]);
  const seen = new Set<string>();
  const results = found.filter((result) => !seen.has(result.id) && seen.add(result.id));
  return { results: results.slice(0, MAX_RESULTS), more: results.length > MAX_RESULTS };
}
