/** Test data for DfE rule 171: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-171.ts';

export const cases: RuleCase[] = [column(rule, 'Header', 'MC_DOB', '01/01/2022', '29/02/2022')];
