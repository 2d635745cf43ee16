/** Test data for DfE rule 233: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { episodeRows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-233.ts';

export const cases: RuleCase[] = [
  episodeRows(rule, { DEC: '01/06/2025', REASON_PLACE_CHANGE: 'CARPL' }, { DEC: null, REASON_PLACE_CHANGE: 'CARPL' }),
];
