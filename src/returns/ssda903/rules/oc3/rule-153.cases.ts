/** Test data for DfE rule 153: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { FULL_OC3 } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-153.ts';

export const cases: RuleCase[] = [{ rule: rule, tables: { OC3: [FULL_OC3, { IN_TOUCH: 'YES' }] }, flagged: ['OC3:1'] }];
