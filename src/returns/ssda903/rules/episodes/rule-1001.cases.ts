/** Test data for DfE rule 1001: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { FULL_OC3 } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-1001.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', DOB: '01/06/2004' },
        { CHILD: 'B', DOB: '01/06/2004' },
      ],
      Episodes: [
        { CHILD: 'A', DECOM: '01/01/2020', DEC: '01/06/2022', LS: 'C2', REC: 'E4A' },
        { CHILD: 'B', DECOM: '01/05/2022', DEC: '15/05/2022', LS: 'C2', REC: 'E4A' },
      ],
      Episodes_last: [{ CHILD: 'A', DECOM: '01/01/2020', DEC: null, LS: 'C2', REC: null }],
      OC3: [
        { CHILD: 'A', ...FULL_OC3 },
        { CHILD: 'B', ...FULL_OC3 },
      ],
    },
    flagged: ['OC3:1'],
  },
];
