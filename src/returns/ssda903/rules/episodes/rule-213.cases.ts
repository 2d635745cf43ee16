/** Test data for DfE rule 213: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { episodeRows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule213From2026, rule213Until2025 } from './rule-213.ts';

export const cases: RuleCase[] = [
  episodeRows(rule213Until2025, { PLACE: 'U1', PLACE_PROVIDER: 'PR1' }, { PLACE: 'T1', PLACE_PROVIDER: 'PR1' }),
  episodeRows(rule213From2026, { PLACE: 'U1', PLACE_PROVIDER: 'PR1' }, { PLACE: 'Z13', PLACE_PROVIDER: 'PR1' }),
];
