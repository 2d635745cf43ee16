/** Test data for DfE rule 8935: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: { ChildProtectionPlans: [episode({ CPPID: '1' }), episode({ CINdetailsID: '2', CPPID: '1' })] },
    passing: {
      ChildProtectionPlans: [
        episode({ CPPID: '1' }),
        episode({ CINdetailsID: '2', CPPID: '1', CPPendDate: '2024-06-01' }),
      ],
    },
  },
];
