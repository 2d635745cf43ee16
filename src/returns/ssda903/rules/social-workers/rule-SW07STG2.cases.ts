/** Test data for DfE rule SW07STG2: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { sw } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-SW07STG2.ts';

export const cases: RuleCase[] = [sw(rule, { SW_DEC: '01/04/2023' }, { SW_DEC: '31/03/2023' })];
