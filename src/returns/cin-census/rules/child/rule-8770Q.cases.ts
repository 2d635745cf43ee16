/** Test data for DfE rule 8770Q: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { child, episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    year: 2025,
    failing: {
      ChildIdentifiers: [child({ PersonBirthDate: '2019-08-31', UPNunknown: 'UN1' })],
      CINdetails: [episode({ ReferralNFA: '0' })],
    },
    passing: {
      ChildIdentifiers: [child({ PersonBirthDate: '2019-09-01', UPNunknown: 'UN1' })],
      CINdetails: [episode({ ReferralNFA: '0' })],
    },
  },
];
