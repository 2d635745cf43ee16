/** Test data for DfE rule 174: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule174From2025, rule174Until2024 } from './rule-174.ts';

export const cases: RuleCase[] = [
  {
    rule: rule174Until2024,
    tables: {
      Header: [
        { SEX: '2', MC_DOB: '01/01/2022' },
        { SEX: '1', MC_DOB: '01/01/2022' },
      ],
    },
    flagged: ['Header:1'],
  },
  {
    rule: rule174From2025,
    tables: {
      Header: [
        { SEX: 'F', MC_DOB: '01/01/2024' },
        { SEX: 'M', MC_DOB: '01/01/2024' },
      ],
    },
    flagged: ['Header:1'],
  },
];
