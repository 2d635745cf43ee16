/** Test data for DfE rule 217t: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { episodeRows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-217t.ts';

export const cases: RuleCase[] = [episodeRows(rule, { PLACE: 'P2', DEC: '01/10/2023' }, { PLACE: 'P2', DEC: null })];
