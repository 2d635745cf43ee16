/** Test data for DfE rule 222: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { episodeRows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule222From2026, rule222In2024, rule222In2025, rule222Until2023 } from './rule-222.ts';

export const cases: RuleCase[] = [
  episodeRows(rule222Until2023, { PLACE: 'U1', URN: 'SC1' }, { PLACE: 'H5', URN: 'SC1' }),
  episodeRows(rule222In2024, { PLACE: 'H5', URN: 'SC1' }, { PLACE: 'P2', URN: 'SC1' }),
  episodeRows(rule222In2025, { PLACE: 'P1', URN: 'XXXXXXX' }, { PLACE: 'Z1', URN: 'SC1' }),
  episodeRows(rule222From2026, { PLACE: 'K2', URN: 'SC1' }, { PLACE: 'Z14', URN: 'SC1' }),
];
