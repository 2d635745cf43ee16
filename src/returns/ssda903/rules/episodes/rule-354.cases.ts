/** Test data for DfE rule 354: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-354.ts';

export const cases: RuleCase[] = [rows(rule, 'Episodes', { DECOM: '31/03/2023' }, { DECOM: '01/04/2023' })];
