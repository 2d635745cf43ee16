/** Test data for DfE rule 353: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-353.ts';

export const cases: RuleCase[] = [rows(rule, 'Episodes', { DECOM: '14/10/1991' }, { DECOM: '13/10/1991' })];
