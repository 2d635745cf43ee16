/** Test data for DfE rule 633: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-633.ts';

export const cases: RuleCase[] = [rows(rule, 'PrevPerm', { LA_PERM: 'WAL' }, { LA_PERM: '123' })];
