/** Test data for DfE rule 631: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-631.ts';

export const cases: RuleCase[] = [rows(rule, 'PrevPerm', { PREV_PERM: 'P4' }, { PREV_PERM: 'P5' })];
