/** Test data for DfE rule 335: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-335.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', PLACE: 'A3', REC: 'E11' },
        { CHILD: 'B', PLACE: 'A3', REC: 'E11' },
      ],
      AD1: [
        { CHILD: 'A', FOSTER_CARE: '1' },
        { CHILD: 'B', FOSTER_CARE: '0' },
      ],
    },
    flagged: ['Episodes:1', 'AD1:1'],
  },
];
