/** Test data for DfE rule 426: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-426.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', LS: 'V3' },
        { CHILD: 'A', LS: 'V3' },
        { CHILD: 'B', LS: 'V3' },
        { CHILD: 'B', LS: 'V4' },
      ],
    },
    flagged: ['Episodes:2', 'Episodes:3'],
  },
];
