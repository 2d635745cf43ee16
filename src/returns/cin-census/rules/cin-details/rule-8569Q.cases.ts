/** Test data for DfE rule 8569Q: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: { CINdetails: [episode({ CINreferralDate: '2024-03-27', ReferralNFA: 'true' })] },
    passing: { CINdetails: [episode({ CINreferralDate: '2024-03-28', ReferralNFA: 'true' })] },
  },
];
