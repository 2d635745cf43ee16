/** Test data for DfE rule 8670Q: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  // 8670Q: Sunday 26 Jan 2025 is 46 working days before 31 March 2025 (flagged); Monday 27 Jan is exactly 45 (not).
  {
    failing: { Assessments: [episode({ AssessmentActualStartDate: '2025-01-26' })] },
    passing: { Assessments: [episode({ AssessmentActualStartDate: '2025-01-27' })] },
  },
];
