/** Test data for DfE rule SW17STG2: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-SW17STG2.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      SWEpisodes: [
        { CHILD: 'A', SW_DECOM: '01/05/2025', SW_DEC: '01/06/2025' },
        { CHILD: 'A', SW_DECOM: '02/06/2025', SW_DEC: null },
        { CHILD: 'B', SW_DECOM: '01/05/2025', SW_DEC: null },
        { CHILD: 'B', SW_DECOM: '02/06/2025', SW_DEC: '01/07/2025' },
        // C left care in July: no longer looked after at 31 March, so no social worker is required then.
        { CHILD: 'C', SW_DECOM: '01/05/2025', SW_DEC: '20/07/2025' },
      ],
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2025', DEC: null },
        { CHILD: 'B', DECOM: '01/05/2025', DEC: null },
        { CHILD: 'C', DECOM: '01/05/2025', DEC: '20/07/2025' },
      ],
    },
    flagged: ['SWEpisodes:3'],
  },
];
