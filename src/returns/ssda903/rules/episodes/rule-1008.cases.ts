/** Test data for DfE rule 1008: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-1008.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    meta: { providerInfo: [{ URN: 'SC000001' }] },
    tables: { Episodes: [{ URN: 'SC000001' }, { URN: 'SC999999' }] },
    flagged: ['Episodes:1'],
  },
];
