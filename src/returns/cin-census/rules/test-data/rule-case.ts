/**
 * Test data: the shape of a hand-written CIN rule case (`rule-<code>.cases.ts`, beside each rule) and
 * the rows it is built from. ../cases.test.ts runs every case.
 */
import type { DatasetCin, Row, TablesCin } from '../../dataset.ts';

/** A return the rule must flag and one it must pass, in a collection year (2025 unless given). */
export interface RuleCase {
  year?: number;
  failing: TablesCin;
  passing: TablesCin;
}

export function dataset(tables: TablesCin, year = 2025): DatasetCin {
  return { tables, meta: { year, referenceDate: `${year}-03-31`, collectionStart: `${year - 1}-04-01` } };
}

/** A ChildIdentifiers-style row of child C1. */
export const child = (extra: Row = {}): Row => ({ LAchildID: 'C1', ...extra });
/** A row of child C1's episode 1. */
export const episode = (extra: Row = {}): Row => ({ LAchildID: 'C1', CINdetailsID: '1', ...extra });
