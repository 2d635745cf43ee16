/** Test data for DfE rule 393: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-393.ts';

export const cases: RuleCase[] = [
  ...(
    [
      [2023, '2'],
      [2025, 'F'],
    ] as const
  ).map(
    ([year, female]): RuleCase => ({
      rule,
      year,
      tables: {
        Header: [
          { CHILD: 'A', SEX: female, MOTHER: '0' },
          { CHILD: 'B', SEX: female, MOTHER: null },
        ],
        Episodes: [
          { CHILD: 'A', LS: 'C2' },
          { CHILD: 'B', LS: 'C2' },
        ],
      },
      flagged: ['Header:1'],
    }),
  ),
];
