/** Test data for DfE rule 4004: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: { CINplanDates: [episode(), episode()] },
    passing: { CINplanDates: [episode(), episode({ CINPlanEndDate: '2024-06-01' })] },
  },
];
