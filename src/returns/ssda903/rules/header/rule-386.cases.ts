/** Test data for DfE rule 386: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { aged } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-386.ts';

export const cases: RuleCase[] = [aged(rule, ['01/01/2010', '01/01/2004'], { REC: 'E11', DEC: '01/06/2022' })];
