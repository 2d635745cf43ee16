/** Test data for DfE rule 227: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { REGISTER_ENDED } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-227.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    meta: REGISTER_ENDED,
    tables: {
      Episodes: [
        { URN: '1', DECOM: '01/05/2022' },
        { URN: '1', DECOM: '01/07/2022' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
