/** Test data for DfE rule 398: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-398.ts';

export const cases: RuleCase[] = [
  rows(rule, 'Episodes', { LS: 'C2', HOME_POST: 'AB1 0JD' }, { LS: 'V4', HOME_POST: 'AB1 0JD' }),
];
