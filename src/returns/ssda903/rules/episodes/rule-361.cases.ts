/** Test data for DfE rule 361: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-361.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    name: 'two police protection episodes back to back make one spell',
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', DEC: '03/05/2022', LS: 'L1' },
        { CHILD: 'B', DECOM: '01/05/2022', DEC: '03/05/2022', LS: 'L1' },
        { CHILD: 'B', DECOM: '03/05/2022', DEC: '06/05/2022', LS: 'L1' },
      ],
    },
    flagged: ['Episodes:1', 'Episodes:2'],
  },
];
