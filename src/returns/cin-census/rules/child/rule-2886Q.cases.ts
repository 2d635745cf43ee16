/** Test data for DfE rule 2886Q: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { child, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    year: 2025,
    failing: { ChildIdentifiers: [child({ Sex: 'U' }), child({ LAchildID: 'C2', Sex: 'F' })] },
    passing: {
      ChildIdentifiers: [
        child({ Sex: 'U', ExpectedPersonBirthDate: '2025-06-01' }),
        child({ LAchildID: 'C2', Sex: 'F' }),
      ],
    },
  },
];
