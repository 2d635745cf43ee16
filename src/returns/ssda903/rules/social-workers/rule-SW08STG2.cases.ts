/** Test data for DfE rule SW08STG2: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-SW08STG2.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      SWEpisodes: [
        { CHILD: 'A', SW_DECOM: '01/05/2023', SW_DEC: '01/06/2023' },
        { CHILD: 'A', SW_DECOM: '01/06/2023', SW_DEC: null },
        { CHILD: 'B', SW_DECOM: '01/05/2023', SW_DEC: null },
        { CHILD: 'B', SW_DECOM: '01/06/2023', SW_DEC: null },
      ],
    },
    flagged: ['SWEpisodes:2'],
  },
];
