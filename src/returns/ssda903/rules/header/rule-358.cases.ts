/** Test data for DfE rule 358: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { aged } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-358.ts';

export const cases: RuleCase[] = [aged(rule, ['01/01/2005', '01/01/2015'], { DECOM: '01/05/2022', LS: 'J1' }, true)];
