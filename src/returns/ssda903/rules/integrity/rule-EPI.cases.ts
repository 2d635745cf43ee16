/** Test data for DfE rule EPI: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-EPI.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [{ CHILD: 'A' }, { CHILD: 'B' }, { CHILD: 'C' }],
      Episodes: [{ CHILD: 'A' }],
      OC3: [{ CHILD: 'C' }],
    },
    flagged: ['Header:1'],
  },
];
