/**
 * Test helpers for indicator tests: run a body on every test backend with a fresh store holding the
 * factories' council (990, 50,000 children aged 0-17), evaluate one indicator through the engine, and
 * read who is in a figure.
 */
import { test } from 'node:test';
import type { Store } from '../store/db.ts';
import { testBackends } from '../store/testing.ts';
import { buildContact, buildCouncil, buildReferral, type ContactRow, type ReferralRow } from '../records/factories.ts';
import { evaluateIndicators, KEEP_CHILD_ROWS } from './evaluate.ts';
import type { IndicatorDefinition } from './definition.ts';
import type { IndicatorRequest } from './request.ts';
import type { IndicatorResult } from './result.ts';

/** Declares `name` once per backend; `body` gets a migrated store with the test council in it. */
export function testOnEveryBackend(name: string, body: (db: Store) => Promise<void>): void {
  for (const backend of testBackends()) {
    test(`${name} [${backend.name}]`, async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        await body(db);
      } finally {
        await db.close();
      }
    });
  }
}

/** What a test asks of one indicator: the request without ids; `params` are that indicator's own. */
export type OneIndicatorRequest = Omit<IndicatorRequest, 'ids' | 'params'> & { params?: Record<string, string> };

/**
 * Evaluates one indicator (its id, or its definition from the catalogue) through the engine, with the
 * drill-down rows unless `explain: false`; returns every result (one per level when the level names none).
 */
export async function evaluateAll(
  db: Store,
  indicator: string | IndicatorDefinition,
  request: OneIndicatorRequest,
): Promise<IndicatorResult[]> {
  const id = typeof indicator === 'string' ? indicator : indicator.id;
  const { params, ...rest } = request;
  // Fixtures, not people's records: the tests read the rows without the drill-down's decision and audit.
  return evaluateIndicators(
    db,
    { explain: true, ...rest, ids: [id], ...(params ? { params: { [id]: params } } : {}) },
    undefined,
    KEEP_CHILD_ROWS,
  );
}

/** As evaluateAll, for one level: returns the single result (throws if there is not exactly one). */
export async function evaluateOne(
  db: Store,
  indicator: string | IndicatorDefinition,
  request: OneIndicatorRequest,
): Promise<IndicatorResult> {
  const results = await evaluateAll(db, indicator, request);
  const id = typeof indicator === 'string' ? indicator : indicator.id;
  if (results.length !== 1) throw new Error(`expected one result for ${id}, got ${results.length}`);
  return results[0]!;
}

/** The subject ids in the numerator and the denominator of a result, sorted, for assertions. */
export function subjects(result: IndicatorResult): { numerator: string[]; denominator: string[] } {
  const rows = result.rows ?? [];
  const ids = (status: string[]) =>
    [...new Set(rows.filter((r) => status.includes(r.status)).map((r) => r.subjectId))].sort();
  return { numerator: ids(['numerator']), denominator: ids(['numerator', 'denominator']) };
}

/** Record ids (else subject ids) of the drill-down rows with a status, sorted (for readable assertions). */
export function idsWith(result: IndicatorResult, status: string): string[] {
  return (result.rows ?? [])
    .filter((row) => row.status === status)
    .map((row) => row.recordId ?? row.subjectId)
    .sort();
}

/** A referral whose decision (and a contact whose outcome) defaults to its own date, not the factory's fixed date. */
export function buildReferralOn(
  db: Store,
  overrides: Partial<ReferralRow> & { referral_date: string },
): Promise<ReferralRow> {
  return buildReferral(db, { decision_date: overrides.referral_date, ...overrides });
}

export function buildContactOn(
  db: Store,
  overrides: Partial<ContactRow> & { contact_date: string },
): Promise<ContactRow> {
  return buildContact(db, { outcome_date: overrides.contact_date, ...overrides });
}
