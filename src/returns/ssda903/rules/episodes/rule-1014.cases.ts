/** Test data for DfE rule 1014: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { FULL_OC3 } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-1014.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', DEC: null },
        { CHILD: 'B', DECOM: '01/05/2020', DEC: '01/06/2021' },
      ],
      UASC: [
        { CHILD: 'A', DUC: '01/01/2024' },
        { CHILD: 'B', DUC: '01/01/2024' },
      ],
      OC3: [
        { CHILD: 'A', ...FULL_OC3 },
        { CHILD: 'B', ...FULL_OC3 },
      ],
    },
    flagged: ['UASC:1', 'OC3:1'],
  },
];
