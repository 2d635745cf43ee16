/** Test data for DfE rule 159: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-159.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      OC2: [
        { SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' },
        { SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: null },
      ],
    },
    flagged: ['OC2:1'],
  },
];
