/** Test data for DfE rule 8675Q: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: { Section47: [episode({ S47ActualStartDate: '2025-03-07', ICPCnotRequired: 'false' })] },
    passing: { Section47: [episode({ S47ActualStartDate: '2025-03-07', ICPCnotRequired: 'true' })] },
  },
];
