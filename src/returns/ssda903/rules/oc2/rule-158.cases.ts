/** Test data for DfE rule 158: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-158.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      OC2: [
        { INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: null },
        { INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '0' },
      ],
    },
    flagged: ['OC2:1'],
  },
];
