/** Test data for DfE rule 214: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { episodeRows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-214.ts';

export const cases: RuleCase[] = [
  episodeRows(rule, { LS: 'C2', PL_POST: 'AB1 0JD' }, { LS: 'V3', PL_POST: 'AB1 0JD' }),
];
