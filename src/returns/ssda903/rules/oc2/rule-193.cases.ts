/** Test data for DfE rule 193: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-193.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      OC2: [
        { SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1' },
        { SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: '1' },
      ],
    },
    flagged: ['OC2:1'],
  },
];
