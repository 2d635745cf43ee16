/** Test data for DfE rule SW11bSTG2: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-SW11bSTG2.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      SWEpisodes: [
        { CHILD: 'A', SW_DECOM: '01/05/2023', SW_DEC: '28/03/2024' },
        { CHILD: 'A', SW_DECOM: '29/03/2024', SW_DEC: null },
        { CHILD: 'B', SW_DECOM: '01/05/2023', SW_DEC: '28/03/2024' },
      ],
    },
    flagged: ['SWEpisodes:2'],
  },
];
