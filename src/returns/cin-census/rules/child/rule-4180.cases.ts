/** Test data for DfE rule 4180: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { child, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    year: 2024,
    failing: { ChildIdentifiers: [child({ GenderCurrent: 'M' })] },
    passing: { ChildIdentifiers: [child({ GenderCurrent: '9' })] },
  },
  {
    year: 2025,
    failing: { ChildIdentifiers: [child({ Sex: '1' })] },
    passing: { ChildIdentifiers: [child({ Sex: 'U' })] },
  },
];
