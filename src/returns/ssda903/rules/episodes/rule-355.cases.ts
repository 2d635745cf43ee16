/** Test data for DfE rule 355: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-355.ts';

export const cases: RuleCase[] = [
  rows(rule, 'Episodes', { DECOM: '01/05/2022', DEC: '02/05/2022' }, { DECOM: '01/05/2022', DEC: '01/05/2022' }),
];
