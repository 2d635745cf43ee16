/** Test data for DfE rule 191: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { CORE_OC2, inCareAllYear } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-191.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    name: 'blank items, and a cohort child missing from OC2',
    tables: {
      Episodes: [inCareAllYear('A'), inCareAllYear('B'), inCareAllYear('C')],
      OC2: [
        { CHILD: 'A', ...CORE_OC2 },
        { CHILD: 'B', IMMUNISATIONS: '1' },
      ],
    },
    flagged: ['OC2:1', 'Episodes:2'],
  },
];
