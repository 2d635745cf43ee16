/** Test data for DfE rule 373: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { aged } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-373.ts';

export const cases: RuleCase[] = [aged(rule, ['01/01/2015', '01/01/2020'], { DECOM: '01/05/2022', PLACE: 'S1' })];
