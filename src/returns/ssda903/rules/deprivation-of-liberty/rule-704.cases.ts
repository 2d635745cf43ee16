/** Test data for DfE rule 704: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-704.ts';

export const cases: RuleCase[] = [rows(rule, 'DoLo', { DOLO_END: '01/04/2026' }, { DOLO_END: '31/03/2026' })];
