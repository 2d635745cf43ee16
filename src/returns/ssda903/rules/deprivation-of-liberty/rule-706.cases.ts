/** Test data for DfE rule 706: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-706.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      DoLo: [{ CHILD: 'A', DOLO_START: '01/02/2026' }],
      DoLo_last: [
        { CHILD: 'A', DOLO_START: '01/02/2026', DOLO_END: null },
        { CHILD: 'B', DOLO_START: '01/02/2026', DOLO_END: null },
      ],
    },
    flagged: ['DoLo_last:1'],
  },
];
