/** Test data for DfE rule 4014: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: {
      CINplanDates: [
        episode({ CINPlanStartDate: '2024-05-01', CINPlanEndDate: '2024-06-01' }),
        episode({ CINPlanStartDate: '2024-06-01' }),
      ],
    },
    passing: {
      CINplanDates: [
        episode({ CINPlanStartDate: '2024-05-01', CINPlanEndDate: '2024-06-01' }),
        episode({ CINPlanStartDate: '2024-06-02' }),
      ],
    },
  },
];
