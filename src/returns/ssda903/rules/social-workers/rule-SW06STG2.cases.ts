/** Test data for DfE rule SW06STG2: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { sw } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-SW06STG2.ts';

export const cases: RuleCase[] = [sw(rule, { SW_DECOM: '31/03/2024' }, { SW_DECOM: '01/04/2024' })];
