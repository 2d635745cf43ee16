/** Test data for DfE rule 242: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { episodeRows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-242.ts';

export const cases: RuleCase[] = [episodeRows(rule, { URN: 'XXXXXXX', PLACE: 'A3' }, { URN: 'XXXXXXX', PLACE: 'K3' })];
