/** Test data for DfE rule 389: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { aged } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-389.ts';

export const cases: RuleCase[] = [aged(rule, ['01/01/2005', '01/01/2008'], { REC: 'E7', DEC: '01/06/2022' })];
