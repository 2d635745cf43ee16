/** Test data for DfE rule 4001: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: { CINplanDates: [episode()], ChildProtectionPlans: [episode()] },
    passing: { CINplanDates: [episode({ CINPlanEndDate: '2024-06-01' })], ChildProtectionPlans: [episode()] },
  },
];
