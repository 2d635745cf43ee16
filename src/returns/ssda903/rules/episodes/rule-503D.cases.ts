/** Test data for DfE rule 503D: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { continuedEpisode } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule503D, rule503DFrom2026, rule503DIn2025 } from './rule-503D.ts';

export const cases: RuleCase[] = [
  continuedEpisode(rule503D, 'PLACE', 'U1', 'U2'),
  continuedEpisode(rule503DIn2025, 'PLACE', 'H5', 'H3', 2025),
  { ...continuedEpisode(rule503DIn2025, 'PLACE', 'H5', 'K3', 2025), name: 'H5 to K3 allowed in 2024-25', flagged: [] },
  continuedEpisode(rule503DFrom2026, 'PLACE', 'Z1', 'U1', 2026),
  { ...continuedEpisode(rule503DFrom2026, 'PLACE', 'Z1', 'Z12', 2026), name: 'Z1 to Z11-Z14 allowed', flagged: [] },
];
