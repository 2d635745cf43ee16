/** Test data for DfE rule 1530: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { child, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: { ChildIdentifiers: [child({ UPN: 'A999000178301' })] },
    passing: { ChildIdentifiers: [child({ UPN: 'A943000178301' })] },
  },
];
