/** Test data for DfE rule 392d: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-392d.ts';

export const cases: RuleCase[] = [
  rows(
    rule,
    'Episodes',
    { PLACE: 'P1', HOME_POST: 'AB1 0JD', PL_POST: 'AB1 0JD' },
    { PLACE: 'U1', HOME_POST: 'AB1 0JD', PL_POST: 'AB10JD' },
  ),
];
