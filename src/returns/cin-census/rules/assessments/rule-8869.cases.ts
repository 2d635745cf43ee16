/** Test data for DfE rule 8869: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: {
      Assessments: [
        episode({ AssessmentID: '1', AssessmentFactors: '21' }),
        episode({ AssessmentID: '1', AssessmentFactors: '2A' }),
      ],
    },
    passing: {
      Assessments: [
        episode({ AssessmentID: '1', AssessmentFactors: '21' }),
        episode({ AssessmentID: '2', AssessmentFactors: '2A' }),
      ],
    },
  },
];
