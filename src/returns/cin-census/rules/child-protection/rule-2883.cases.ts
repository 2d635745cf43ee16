/** Test data for DfE rule 2883: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: { ChildProtectionPlans: [episode({ CPPstartDate: '2024-05-01' })] },
    passing: {
      ChildProtectionPlans: [episode({ CPPstartDate: '2024-05-01' })],
      Section47: [episode({ DateOfInitialCPC: '2024-05-01' })],
    },
  },
];
