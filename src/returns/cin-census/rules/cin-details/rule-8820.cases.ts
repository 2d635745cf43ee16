/** Test data for DfE rule 8820: failing and passing returns, written by hand (run by ../cases.test.ts). */
import { episode, type RuleCase } from '../test-data/rule-case.ts';

export const cases: RuleCase[] = [
  // (a) a referral before the earlier episode's closure; starting on the closure day is allowed.
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
  // (b) the earlier episode is still open (no closure, ReferralNFA false): a later referral in the year
  // overlaps it. With ReferralNFA true it is a no-further-action referral, which is not open.
  {
    failing: {
      CINdetails: [
        episode({ CINreferralDate: '2024-05-01', ReferralNFA: 'false' }),
        episode({ CINdetailsID: '2', CINreferralDate: '2024-09-01', CINclosureDate: '2024-10-01', ReferralNFA: '0' }),
      ],
    },
    passing: {
      CINdetails: [
        episode({ CINreferralDate: '2024-05-01', ReferralNFA: 'true' }),
        episode({ CINdetailsID: '2', CINreferralDate: '2024-09-01', CINclosureDate: '2024-10-01', ReferralNFA: '0' }),
      ],
    },
  },
  // (b) with the booleans as 1/0: an open episode is overlapped by one referred on its own start day; an
  // open episode that starts on the day the earlier one closed overlaps nothing.
  {
    failing: {
      CINdetails: [
        episode({ CINreferralDate: '2024-05-01', ReferralNFA: '0' }),
        episode({ CINdetailsID: '2', CINreferralDate: '2024-05-01', CINclosureDate: '2024-05-20', ReferralNFA: '0' }),
      ],
    },
    passing: {
      CINdetails: [
        episode({ CINreferralDate: '2024-05-01', CINclosureDate: '2024-05-20', ReferralNFA: '0' }),
        episode({ CINdetailsID: '2', CINreferralDate: '2024-05-20', ReferralNFA: '0' }),
      ],
    },
  },
];
