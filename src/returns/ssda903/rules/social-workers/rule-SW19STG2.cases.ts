/** Test data for DfE rule SW19STG2: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-SW19STG2.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      SWEpisodes: [
        { CHILD: 'A', SW_DECOM: '01/06/2025' },
        { CHILD: 'B', SW_DECOM: '01/06/2025' },
        { CHILD: 'B', SW_DECOM: '01/06/2025' },
      ],
    },
    flagged: ['SWEpisodes:2'],
  },
];
