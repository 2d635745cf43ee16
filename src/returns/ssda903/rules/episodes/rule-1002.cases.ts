/** Test data for DfE rule 1002: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { FULL_OC3 } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-1002.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [{ CHILD: 'C' }],
      Episodes_last: [{ CHILD: 'A' }],
      OC3: [
        { CHILD: 'A', ...FULL_OC3 },
        { CHILD: 'B', ...FULL_OC3 },
      ],
    },
    flagged: ['OC3:1'],
  },
];
