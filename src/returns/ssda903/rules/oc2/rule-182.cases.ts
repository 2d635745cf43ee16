/** Test data for DfE rule 182: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { CORE_OC2 } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-182.ts';

export const cases: RuleCase[] = [{ rule: rule, tables: { OC2: [CORE_OC2, { CONVICTED: '1' }] }, flagged: ['OC2:1'] }];
