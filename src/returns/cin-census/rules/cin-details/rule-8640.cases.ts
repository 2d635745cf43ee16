/** Test data for DfE rule 8640: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    year: 2025,
    failing: { CINdetails: [episode({ ReasonForClosure: 'RC10' })] },
    passing: { CINdetails: [episode({ ReasonForClosure: 'RC9' })] },
  },
];
