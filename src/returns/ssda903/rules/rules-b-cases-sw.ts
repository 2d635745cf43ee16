/** Hand-written cases for the social worker rules (SW..STG1/2); 2023-24 dates unless the rule starts later. */
import type { Row } from '../dataset.ts';
import type { RuleCase } from './rules-a-case.ts';
import type { Rule903 } from './rule.ts';
import { ruleSW01STG1, ruleSW01STG1From2025 } from './rule-SW01STG1.ts';
import { ruleSW01aSTG1 } from './rule-SW01aSTG1.ts';
import { ruleSW01bSTG1 } from './rule-SW01bSTG1.ts';
import { ruleSW02STG1, ruleSW02STG1From2026 } from './rule-SW02STG1.ts';
import { ruleSW03STG1 } from './rule-SW03STG1.ts';
import { ruleSW04STG1, ruleSW04STG1From2026 } from './rule-SW04STG1.ts';
import { ruleSW05STG1, ruleSW05STG1From2026 } from './rule-SW05STG1.ts';
import { ruleSW06STG2 } from './rule-SW06STG2.ts';
import { ruleSW07STG2 } from './rule-SW07STG2.ts';
import { ruleSW08STG2 } from './rule-SW08STG2.ts';
import { ruleSW09STG2, ruleSW09STG2From2026 } from './rule-SW09STG2.ts';
import { ruleSW10STG2, ruleSW10STG2In2025 } from './rule-SW10STG2.ts';
import { ruleSW10aSTG2 } from './rule-SW10aSTG2.ts';
import { ruleSW10bSTG2 } from './rule-SW10bSTG2.ts';
import { ruleSW11aSTG2 } from './rule-SW11aSTG2.ts';
import { ruleSW11bSTG2 } from './rule-SW11bSTG2.ts';
import { ruleSW12STG2 } from './rule-SW12STG2.ts';
import { ruleSW13STG1, ruleSW13STG1From2025 } from './rule-SW13STG1.ts';
import { ruleSW14STG2 } from './rule-SW14STG2.ts';
import { ruleSW15STG2 } from './rule-SW15STG2.ts';
import { ruleSW16aSTG2 } from './rule-SW16aSTG2.ts';
import { ruleSW16bSTG2 } from './rule-SW16bSTG2.ts';
import { ruleSW16cSTG2 } from './rule-SW16cSTG2.ts';
import { ruleSW17STG2 } from './rule-SW17STG2.ts';
import { ruleSW18STG2 } from './rule-SW18STG2.ts';
import { ruleSW19STG2 } from './rule-SW19STG2.ts';

function sw(rule: Rule903, good: Row, bad: Row, year?: number): RuleCase {
  return { rule, ...(year ? { year } : {}), tables: { SWEpisodes: [good, bad] }, flagged: ['SWEpisodes:1'] };
}

/** Child A's two social worker episodes are fine; child B's second shows the fault (row 3 flagged). */
function sequence(rule: Rule903, first: Row, good: Row, bad: Row, year?: number): RuleCase {
  return {
    rule,
    ...(year ? { year } : {}),
    tables: { SWEpisodes: [{ CHILD: 'A', ...first }, { CHILD: 'A', ...good }, { CHILD: 'B', ...first }, { CHILD: 'B', ...bad }] },
    flagged: ['SWEpisodes:3'],
  };
}

/** Last year's open social worker episode continued by child A and changed by child B. */
function continued(rule: Rule903, column: string, before: string, after: string): RuleCase {
  const open = (child: string): Row => ({ CHILD: child, SW_ID: 'SW1', SW_DECOM: '01/01/2024', SW_DEC: null, SW_REASON: 'OTHERS' });
  return {
    rule,
    year: 2025,
    tables: {
      SWEpisodes: [{ ...open('A'), [column]: before }, { ...open('B'), [column]: after }],
      SWEpisodes_last: [{ ...open('A'), [column]: before }, { ...open('B'), [column]: before }],
    },
    flagged: ['SWEpisodes:1'],
  };
}

const COMPLETE = { SW_ID: 'SW123', SW_DECOM: '01/06/2023', SW_REASON: 'OTHERS' };

/** A child looked after at 31 March with (A) and without (B) a social worker episode. */
function lookedAfter(rule: Rule903, year: number): RuleCase {
  return {
    rule,
    year,
    tables: {
      Episodes: [{ CHILD: 'A', DEC: null, LS: 'C2' }, { CHILD: 'B', DEC: null, LS: 'C2' }],
      SWEpisodes: [{ CHILD: 'A', ...COMPLETE }],
    },
    flagged: ['Episodes:1'],
  };
}

export const socialWorkerCases: RuleCase[] = [
  lookedAfter(ruleSW01STG1, 2024),
  lookedAfter(ruleSW01STG1From2025, 2025),
  sw(ruleSW01aSTG1, { SW_ID: null, SW_DECOM: '01/06/2023' }, { SW_ID: null, SW_DECOM: '01/06/2022' }, 2025),
  sw(ruleSW01bSTG1, { SW_ID: 'SW1', SW_DECOM: '01/06/2023', SW_REASON: 'OTHERS' }, { SW_ID: 'SW1', SW_DECOM: '01/06/2023', SW_REASON: null }, 2025),
  sw(ruleSW02STG1, { SW_ID: 'XX' }, { SW_ID: 'AB123' }),
  sw(ruleSW02STG1From2026, { SW_ID: 'SW12' }, { SW_ID: 'SW' }),
  sw(ruleSW03STG1, COMPLETE, { ...COMPLETE, SW_REASON: null }),
  sw(ruleSW04STG1, { SW_DECOM: 'ZZ/06/2023' }, { SW_DECOM: '2023-13-01' }),
  sw(ruleSW04STG1From2026, { SW_DECOM: '01/06/2025' }, { SW_DECOM: 'ZZ/06/2025' }),
  sw(ruleSW05STG1, { SW_DEC: null }, { SW_DEC: '32/06/2023' }),
  sw(ruleSW05STG1From2026, { SW_DEC: null }, { SW_DEC: 'ZZ/ZZ/2025' }),
  sw(ruleSW06STG2, { SW_DECOM: '31/03/2024' }, { SW_DECOM: '01/04/2024' }),
  sw(ruleSW07STG2, { SW_DEC: '01/04/2023' }, { SW_DEC: '31/03/2023' }),
  {
    rule: ruleSW08STG2,
    tables: { SWEpisodes: [
      { CHILD: 'A', SW_DECOM: '01/05/2023', SW_DEC: '01/06/2023' }, { CHILD: 'A', SW_DECOM: '01/06/2023', SW_DEC: null },
      { CHILD: 'B', SW_DECOM: '01/05/2023', SW_DEC: null }, { CHILD: 'B', SW_DECOM: '01/06/2023', SW_DEC: null },
    ] },
    flagged: ['SWEpisodes:2'],
  },
  sw(ruleSW09STG2, { SW_DECOM: '01/06/2023', SW_DEC: '02/06/2023' }, { SW_DECOM: '01/06/2023', SW_DEC: '01/06/2023' }),
  sw(ruleSW09STG2From2026, { SW_DECOM: '01/06/2025', SW_DEC: '04/06/2025' }, { SW_DECOM: '01/06/2025', SW_DEC: '03/06/2025' }),
  sequence(ruleSW10STG2, { SW_DECOM: '01/05/2023', SW_DEC: '01/06/2023' }, { SW_DECOM: '05/06/2023' }, { SW_DECOM: '20/06/2023' }),
  sequence(ruleSW10STG2In2025, { SW_DECOM: '01/05/2024', SW_DEC: '01/06/2024' }, { SW_DECOM: '20/06/2024', SW_REASON: 'FCONTA' },
    { SW_DECOM: '20/06/2024', SW_REASON: 'OTHERS' }, 2025),
  sequence(ruleSW10aSTG2, { SW_DECOM: '01/05/2025', SW_DEC: '01/06/2025' }, { SW_DECOM: '03/06/2025', SW_REASON: 'OTHERS' },
    { SW_DECOM: '20/06/2025', SW_REASON: 'OTHERS' }, 2026),
  sequence(ruleSW10bSTG2, { SW_DECOM: '01/05/2025', SW_DEC: '01/06/2025' }, { SW_DECOM: '02/06/2025', SW_REASON: 'FCONTA' },
    { SW_DECOM: '01/06/2025', SW_REASON: 'FCONTA' }, 2026),
  sequence(ruleSW11aSTG2, { SW_DECOM: '01/05/2023', SW_DEC: '01/06/2023' }, { SW_DECOM: '03/06/2023' }, { SW_DECOM: '20/06/2023' }),
  {
    rule: ruleSW11bSTG2,
    tables: { SWEpisodes: [
      { CHILD: 'A', SW_DECOM: '01/05/2023', SW_DEC: '28/03/2024' },
      { CHILD: 'A', SW_DECOM: '29/03/2024', SW_DEC: null },
      { CHILD: 'B', SW_DECOM: '01/05/2023', SW_DEC: '28/03/2024' },
    ] },
    flagged: ['SWEpisodes:2'],
  },
  {
    rule: ruleSW12STG2,
    tables: {
      Episodes: [{ CHILD: 'A', DECOM: '01/06/2023', DEC: null, RNE: 'S', LS: 'C2' }, { CHILD: 'B', DECOM: '01/06/2023', DEC: null, RNE: 'S', LS: 'C2' }],
      SWEpisodes: [{ CHILD: 'A', SW_DECOM: '01/06/2023' }, { CHILD: 'B', SW_DECOM: '01/01/2023' }],
    },
    flagged: ['Episodes:1'],
  },
  sw(ruleSW13STG1, { SW_REASON: 'MANAGE' }, { SW_REASON: null }),
  sw(ruleSW13STG1From2025, { SW_REASON: null, SW_DECOM: '01/01/2023' }, { SW_REASON: 'NEWJOB', SW_DECOM: '01/01/2023' }, 2025),
  sequence(ruleSW14STG2, { SW_DECOM: '01/05/2023', SW_DEC: '01/06/2023' }, { SW_DECOM: '01/06/2023', SW_DEC: null },
    { SW_DECOM: '01/04/2023', SW_DEC: null }),
  sw(ruleSW15STG2, { SW_DECOM: '01/01/2023', SW_REASON: null }, { SW_DECOM: '01/06/2023', SW_REASON: null }, 2025),
  continued(ruleSW16aSTG2, 'SW_ID', 'SW1', 'SW2'),
  continued(ruleSW16bSTG2, 'SW_DECOM', '01/01/2024', '01/04/2024'),
  continued(ruleSW16cSTG2, 'SW_REASON', 'OTHERS', 'MANAGE'),
  {
    rule: ruleSW17STG2,
    tables: { SWEpisodes: [
      { CHILD: 'A', SW_DECOM: '01/05/2025', SW_DEC: '01/06/2025' }, { CHILD: 'A', SW_DECOM: '02/06/2025', SW_DEC: null },
      { CHILD: 'B', SW_DECOM: '01/05/2025', SW_DEC: null }, { CHILD: 'B', SW_DECOM: '02/06/2025', SW_DEC: '01/07/2025' },
      // C left care in July: no longer looked after at 31 March, so no social worker is required then.
      { CHILD: 'C', SW_DECOM: '01/05/2025', SW_DEC: '20/07/2025' },
    ], Episodes: [
      { CHILD: 'A', DECOM: '01/05/2025', DEC: null }, { CHILD: 'B', DECOM: '01/05/2025', DEC: null },
      { CHILD: 'C', DECOM: '01/05/2025', DEC: '20/07/2025' },
    ] },
    flagged: ['SWEpisodes:3'],
  },
  sw(ruleSW18STG2, { SW_DECOM: '01/06/2025', SW_DEC: '02/06/2025' }, { SW_DECOM: '01/06/2025', SW_DEC: '31/05/2025' }),
  {
    rule: ruleSW19STG2,
    tables: { SWEpisodes: [
      { CHILD: 'A', SW_DECOM: '01/06/2025' }, { CHILD: 'B', SW_DECOM: '01/06/2025' }, { CHILD: 'B', SW_DECOM: '01/06/2025' },
    ] },
    flagged: ['SWEpisodes:2'],
  },
];
