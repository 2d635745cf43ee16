/** Test data for DfE rule 1103: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: {
      Assessments: [episode({ AssessmentActualStartDate: '2024-05-01' })],
      CINdetails: [episode({ CINreferralDate: '2024-05-02' })],
    },
    passing: {
      Assessments: [episode({ AssessmentActualStartDate: '2024-05-02' })],
      CINdetails: [episode({ CINreferralDate: '2024-05-02' })],
    },
  },
];
