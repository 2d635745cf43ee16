/** Test data for DfE rule 563: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-563.ts';

export const cases: RuleCase[] = [
  rows(
    rule,
    'PlacedAdoption',
    { DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: '01/06/2022', REASON_PLACED_CEASED: 'RD1' },
    { DATE_PLACED: null, DATE_PLACED_CEASED: '01/06/2022', REASON_PLACED_CEASED: 'RD1' },
  ),
];
