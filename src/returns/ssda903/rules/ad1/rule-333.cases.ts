/** Test data for DfE rule 333: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-333.ts';

export const cases: RuleCase[] = [
  rows(
    rule,
    'AD1',
    { DATE_INT: '01/01/2022', DATE_MATCH: '01/02/2022' },
    { DATE_INT: '01/03/2022', DATE_MATCH: '01/02/2022' },
  ),
];
