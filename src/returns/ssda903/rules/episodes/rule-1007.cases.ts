/** Test data for DfE rule 1007: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { FULL_OC3 } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-1007.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/01/2020', DEC: '01/05/2022' },
        { CHILD: 'B', DECOM: '01/01/2020', DEC: '01/09/2022' },
      ],
      OC3: [
        { CHILD: 'A', DOB: '01/06/2005', ...FULL_OC3 },
        { CHILD: 'B', DOB: '01/06/2005', ...FULL_OC3 },
      ],
    },
    flagged: ['OC3:1'],
  },
];
