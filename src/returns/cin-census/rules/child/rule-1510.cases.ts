/** Test data for DfE rule 1510: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { child, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: { ChildIdentifiers: [child({ UPN: 'B950000178301' })] },
    passing: { ChildIdentifiers: [child({ UPN: 'A950000178301' })] },
  },
];
