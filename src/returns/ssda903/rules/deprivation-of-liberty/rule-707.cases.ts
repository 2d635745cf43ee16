/** Test data for DfE rule 707: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-707.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2026', DEC: '01/09/2026' },
        { CHILD: 'B', DECOM: '01/05/2026', DEC: '01/09/2026' },
      ],
      DoLo: [
        { CHILD: 'A', DOLO_START: '01/06/2026', DOLO_END: '01/07/2026' },
        { CHILD: 'B', DOLO_START: '01/06/2026', DOLO_END: null },
      ],
    },
    flagged: ['DoLo:1'],
  },
];
