/** Test data for DfE rule 197a: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-197a.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: { OC2: [{ SDQ_SCORE: '10' }, { SDQ_SCORE: '10', SDQ_REASON: 'SDQ1' }] },
    flagged: ['OC2:1'],
  },
];
