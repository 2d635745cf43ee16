/** Test data for DfE rule 8820: a failing and a passing return, written by hand (run by ../cases.test.ts). */
import { episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  {
    failing: {
      CINdetails: [
        episode({ CINreferralDate: '2024-05-01', CINclosureDate: '2024-06-01' }),
        episode({ CINdetailsID: '2', CINreferralDate: '2024-05-31' }),
      ],
    },
    passing: {
      CINdetails: [
        episode({ CINreferralDate: '2024-05-01', CINclosureDate: '2024-06-01' }),
        episode({ CINdetailsID: '2', CINreferralDate: '2024-06-01' }),
      ],
    },
  },
];
