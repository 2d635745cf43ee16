/** Test data for DfE rule 705: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-705.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      DoLo: [
        { CHILD: 'A', DOLO_START: '01/05/2026', DOLO_END: '01/06/2026' },
        { CHILD: 'A', DOLO_START: '02/06/2026', DOLO_END: null },
        { CHILD: 'B', DOLO_START: '01/05/2026', DOLO_END: null },
        { CHILD: 'B', DOLO_START: '02/06/2026', DOLO_END: '01/07/2026' },
      ],
    },
    flagged: ['DoLo:3'],
  },
];
