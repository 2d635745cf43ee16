/** Test data for DfE rule 243: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { episodeRows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-243.ts';

export const cases: RuleCase[] = [episodeRows(rule, { PL_LA: 'WAL', URN: null }, { PL_LA: 'NIR', URN: 'SC1' })];
