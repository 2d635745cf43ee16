/** Test data for DfE rule 215: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-215.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      OC3: [
        { CHILD: 'A', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
        { CHILD: 'B', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
      ],
      OC2: [{ CHILD: 'B', CONVICTED: '0' }],
    },
    flagged: ['OC3:1', 'OC2:0'],
  },
];
