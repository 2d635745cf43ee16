/** Test data for DfE rule 8750: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { child, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    year: 2025,
    failing: { ChildIdentifiers: [child({ ExpectedPersonBirthDate: '2025-06-01', Sex: 'F' })] },
    passing: { ChildIdentifiers: [child({ ExpectedPersonBirthDate: '2025-06-01', Sex: 'U' })] },
  },
];
