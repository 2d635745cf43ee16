/** Test data for DfE rule 228: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { REGISTER_ENDED } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-228.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    name: 'an open episode runs to 31 March',
    meta: REGISTER_ENDED,
    tables: {
      Episodes: [
        { URN: '1', DEC: '01/05/2022' },
        { URN: '1', DEC: null },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
