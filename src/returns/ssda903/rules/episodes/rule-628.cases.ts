/** Test data for DfE rule 628: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { FULL_OC3 } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-628.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', MOTHER: null },
        { CHILD: 'B', MOTHER: '0' },
      ],
      Episodes: [{ CHILD: 'C' }],
      OC3: [
        { CHILD: 'A', ...FULL_OC3 },
        { CHILD: 'B', ...FULL_OC3 },
      ],
    },
    flagged: ['Header:1'],
  },
];
