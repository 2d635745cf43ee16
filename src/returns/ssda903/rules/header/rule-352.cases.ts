/** Test data for DfE rule 352: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { aged } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-352.ts';

export const cases: RuleCase[] = [aged(rule, ['01/01/2005', '01/01/2003'], { RNE: 'S', DECOM: '01/06/2022' })];
