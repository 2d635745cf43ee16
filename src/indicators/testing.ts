/**
 * Test helpers for indicator tests: run a body on every test backend with a fresh store holding the
 * factories' council (990, 50,000 children aged 0-17), and evaluate one indicator to one result.
 */
import { test } from 'node:test';
import type { Store } from '../store/db.ts';
import { testBackends } from '../store/testing.ts';
import { buildContact, buildCouncil, buildReferral, type ContactRow, type ReferralRow } from '../records/factories.ts';
import { evaluateIndicators } from './evaluate.ts';
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

/** Evaluates one indicator and returns its single result (throws if there is not exactly one). */
export async function evaluateOne(
  db: Store,
  id: string,
  request: Omit<IndicatorRequest, 'ids' | 'params'> & { params?: Record<string, string> },
): Promise<IndicatorResult> {
  const { params, ...rest } = request as { params?: Record<string, string> } & Record<string, unknown>;
  const results = await evaluateIndicators(db, { ...rest, ids: [id], ...(params ? { params: { [id]: params } } : {}) });
  if (results.length !== 1) throw new Error(`expected one result for ${id}, got ${results.length}`);
  return results[0]!;
}

/** Record ids (else subject ids) of the drill-down rows with a status, sorted (for readable assertions). */
export function idsWith(result: IndicatorResult, status: string): string[] {
  return (result.rows ?? []).filter((row) => row.status === status).map((row) => row.recordId ?? row.subjectId).sort();
}

/** A referral whose decision (and a contact whose outcome) defaults to its own date, not the factory's fixed date. */
export function buildReferralOn(db: Store, overrides: Partial<ReferralRow> & { referral_date: string }): Promise<ReferralRow> {
  return buildReferral(db, { decision_date: overrides.referral_date, ...overrides });
}

export function buildContactOn(db: Store, overrides: Partial<ContactRow> & { contact_date: string }): Promise<ContactRow> {
  return buildContact(db, { outcome_date: overrides.contact_date, ...overrides });
}
