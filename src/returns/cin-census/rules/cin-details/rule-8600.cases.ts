/** Test data for DfE rule 8600: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: { CINdetails: [episode({ CINreferralDate: '2025-13-01' })] },
    passing: { CINdetails: [episode({ CINreferralDate: '2025-03-31' })] },
  },
];
