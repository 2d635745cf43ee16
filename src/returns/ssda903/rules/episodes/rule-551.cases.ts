/** Test data for DfE rule 551: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { adoption } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-551.ts';

export const cases: RuleCase[] = [
  adoption(rule, { PLACE: 'A4' }, { DATE_PLACED: '01/05/2022' }, { DATE_PLACED: null }, ['Episodes:1']),
];
