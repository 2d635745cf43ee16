/** Test data for DfE rule 8525Q: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { child, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: { ChildIdentifiers: [child()] },
    passing: { ChildIdentifiers: [child({ PersonBirthDate: '2020-01-01' })] },
  },
];
