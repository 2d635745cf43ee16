/** Test data for DfE rule 1016: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { FULL_OC3 } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-1016.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DEC: '01/05/2023' },
        { CHILD: 'B', DEC: '01/07/2023' },
      ],
      OC3: [
        { CHILD: 'A', DOB: '01/06/2006', ...FULL_OC3 },
        { CHILD: 'B', DOB: '01/06/2006', ...FULL_OC3 },
      ],
    },
    flagged: ['OC3:1'],
  },
];
