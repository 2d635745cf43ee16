/** Test data for DfE rule 134: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { FULL_OC3 } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-134.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      OC3: [
        { CHILD: 'A', ...FULL_OC3 },
        { CHILD: 'B', ...FULL_OC3 },
      ],
      AD1: [
        { CHILD: 'C', DATE_INT: '01/01/2022' },
        { CHILD: 'B', DATE_INT: '01/01/2022' },
      ],
    },
    flagged: ['AD1:1'],
  },
];
