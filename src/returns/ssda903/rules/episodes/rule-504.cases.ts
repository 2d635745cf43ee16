/** Test data for DfE rule 504: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { episodeSequence } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-504.ts';

export const cases: RuleCase[] = [episodeSequence(rule, { REC: 'X1', CIN: 'N1' }, { CIN: 'N1' }, { CIN: 'N2' })];
