/** Test data for DfE rule 1570: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { child, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: { ChildIdentifiers: [child({ LAchildID: 'X'.repeat(21) })] },
    passing: { ChildIdentifiers: [child({ LAchildID: 'X'.repeat(20) })] },
  },
];
