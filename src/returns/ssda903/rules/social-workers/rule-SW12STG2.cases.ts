/** Test data for DfE rule SW12STG2: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-SW12STG2.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/06/2023', DEC: null, RNE: 'S', LS: 'C2' },
        { CHILD: 'B', DECOM: '01/06/2023', DEC: null, RNE: 'S', LS: 'C2' },
      ],
      SWEpisodes: [
        { CHILD: 'A', SW_DECOM: '01/06/2023' },
        { CHILD: 'B', SW_DECOM: '01/01/2023' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
