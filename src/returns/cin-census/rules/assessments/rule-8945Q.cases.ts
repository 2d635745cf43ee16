/** Test data for DfE rule 8945Q: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: { Assessments: [episode({ AssessmentFactors: '18a' })] },
    passing: { Assessments: [episode({ AssessmentFactors: '18B' })] },
  },
];
