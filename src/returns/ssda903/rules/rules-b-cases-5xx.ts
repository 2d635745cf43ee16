/** Hand-written cases for rules 511-586 (2022-23 dates unless the rule starts later); see rules-b.test.ts. */
import type { Row } from '../dataset.ts';
import type { RuleCase } from './rules-a-case.ts';
import type { Rule903 } from './rule.ts';
import { rule511 } from './rule-511.ts';
import { rule514 } from './rule-514.ts';
import { rule516 } from './rule-516.ts';
import { rule517 } from './rule-517.ts';
import { rule518 } from './rule-518.ts';
import { rule519 } from './rule-519.ts';
import { rule520 } from './rule-520.ts';
import { rule521 } from './rule-521.ts';
import { rule522 } from './rule-522.ts';
import { rule523 } from './rule-523.ts';
import { rule524 } from './rule-524.ts';
import { rule525 } from './rule-525.ts';
import { rule526, rule526From2026 } from './rule-526.ts';
import { rule527 } from './rule-527.ts';
import { rule528 } from './rule-528.ts';
import { rule529 } from './rule-529.ts';
import { rule530 } from './rule-530.ts';
import { rule531 } from './rule-531.ts';
import { rule542 } from './rule-542.ts';
import { rule543 } from './rule-543.ts';
import { rule544 } from './rule-544.ts';
import { rule545 } from './rule-545.ts';
import { rule546 } from './rule-546.ts';
import { rule547 } from './rule-547.ts';
import { rule550 } from './rule-550.ts';
import { rule551 } from './rule-551.ts';
import { rule552 } from './rule-552.ts';
import { rule553 } from './rule-553.ts';
import { rule554 } from './rule-554.ts';
import { rule555 } from './rule-555.ts';
import { rule556 } from './rule-556.ts';
import { rule557, rule557From2025 } from './rule-557.ts';
import { rule558 } from './rule-558.ts';
import { rule559 } from './rule-559.ts';
import { rule560 } from './rule-560.ts';
import { rule561 } from './rule-561.ts';
import { rule562 } from './rule-562.ts';
import { rule563 } from './rule-563.ts';
import { rule564 } from './rule-564.ts';
import { rule565 } from './rule-565.ts';
import { rule566 } from './rule-566.ts';
import { rule567 } from './rule-567.ts';
import { rule570 } from './rule-570.ts';
import { rule571 } from './rule-571.ts';
import { rule574 } from './rule-574.ts';
import { rule575 } from './rule-575.ts';
import { rule576 } from './rule-576.ts';
import { rule577 } from './rule-577.ts';
import { rule578 } from './rule-578.ts';
import { rule579 } from './rule-579.ts';
import { rule580 } from './rule-580.ts';
import { rule581 } from './rule-581.ts';
import { rule582 } from './rule-582.ts';
import { rule583 } from './rule-583.ts';
import { rule584 } from './rule-584.ts';
import { rule586 } from './rule-586.ts';

/** Two rows of one table: the first passes, the second is flagged. */
function rows(rule: Rule903, table: string, good: Row, bad: Row, year?: number): RuleCase {
  return { rule, ...(year ? { year } : {}), tables: { [table]: [good, bad] }, flagged: [`${table}:1`] };
}

/** A child in care all of 2022-23 (continuously looked after for the OC2 rules). */
const allYear = (child: string): Row => ({ CHILD: child, DECOM: '01/01/2020', DEC: null, RNE: 'S', LS: 'C2', REC: null });
const HEALTH = { IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0' };
/** Child A's episode and decision are consistent; child B's are not (the rule's subject). */
function adoption(rule: Rule903, episode: Row, goodDecision: Row, badDecision: Row, flagged: string[]): RuleCase {
  return {
    rule,
    tables: {
      Episodes: [{ CHILD: 'A', ...episode }, { CHILD: 'B', ...episode }],
      PlacedAdoption: [{ CHILD: 'A', ...goodDecision }, { CHILD: 'B', ...badDecision }],
    },
    flagged,
  };
}

export const cases500s: RuleCase[] = [
  rows(rule511, 'AD1', { NB_ADOPTR: '2', SEX_ADOPTR: 'MF' }, { NB_ADOPTR: '2', SEX_ADOPTR: 'M1' }),
  rows(rule514, 'AD1', { LS_ADOPTR: 'L0', SEX_ADOPTR: 'F1' }, { LS_ADOPTR: 'L0', SEX_ADOPTR: 'MF' }),
  rows(rule516, 'Episodes', { REC: 'E45', PLACE: 'U1' }, { REC: 'E45', PLACE: 'R1' }),
  rows(rule517, 'AD1', { LS_ADOPTR: 'L3', SEX_ADOPTR: 'MF' }, { LS_ADOPTR: 'L3', SEX_ADOPTR: 'MM' }),
  rows(rule518, 'AD1', { LS_ADOPTR: 'L4', SEX_ADOPTR: 'FF' }, { LS_ADOPTR: 'L4', SEX_ADOPTR: 'MF' }),
  rows(rule519, 'AD1', { LS_ADOPTR: 'L2', SEX_ADOPTR: 'MM' }, { LS_ADOPTR: 'L2', SEX_ADOPTR: 'M1' }),
  rows(rule520, 'AD1', { LS_ADOPTR: 'L11', SEX_ADOPTR: 'MF' }, { LS_ADOPTR: 'L11', SEX_ADOPTR: 'FF' }),
  {
    rule: rule521,
    tables: {
      Episodes: [{ CHILD: 'A', PLACE: 'A3', DECOM: '01/06/2022' }, { CHILD: 'B', PLACE: 'A3', DECOM: '01/06/2022' }],
      AD1: [{ CHILD: 'A', DATE_INT: '01/05/2022' }, { CHILD: 'B', DATE_INT: '01/07/2022' }],
    },
    flagged: ['Episodes:1', 'AD1:1'],
  },
  rows(rule522, 'PlacedAdoption', { DATE_PLACED: '01/05/2022', DATE_PLACED_CEASED: '01/06/2022' },
    { DATE_PLACED: '01/05/2022', DATE_PLACED_CEASED: '01/04/2022' }),
  {
    rule: rule523,
    tables: {
      PlacedAdoption: [{ CHILD: 'A', DATE_PLACED: '01/05/2022' }, { CHILD: 'B', DATE_PLACED: '01/05/2022' }],
      AD1: [{ CHILD: 'A', DATE_INT: '01/05/2022' }, { CHILD: 'B', DATE_INT: '02/05/2022' }],
    },
    flagged: ['PlacedAdoption:1', 'AD1:1'],
  },
  rows(rule524, 'AD1', { LS_ADOPTR: 'L12', SEX_ADOPTR: 'MM' }, { LS_ADOPTR: 'L12', SEX_ADOPTR: 'F1' }),
  {
    rule: rule525,
    tables: {
      PlacedAdoption: [{ CHILD: 'A', DATE_PLACED_CEASED: '01/06/2022' }, { CHILD: 'B', DATE_PLACED_CEASED: '01/06/2022' }],
      AD1: [{ CHILD: 'A', DATE_INT: null }, { CHILD: 'B', DATE_INT: '01/05/2022' }],
    },
    flagged: ['PlacedAdoption:1', 'AD1:1'],
  },
  rows(rule526, 'Episodes', { PLACE: 'Z1', PLACE_PROVIDER: null }, { PLACE: 'U1', PLACE_PROVIDER: null }),
  rows(rule526From2026, 'Episodes', { PLACE: 'Z12', PLACE_PROVIDER: null }, { PLACE: 'Z1', PLACE_PROVIDER: null }),
  rows(rule527, 'Episodes', { PLACE: 'U1', PLACE_PROVIDER: 'PR1' }, { PLACE: 'R2', PLACE_PROVIDER: 'PR1' }),
  rows(rule528, 'Episodes', { PLACE: 'U1', PLACE_PROVIDER: 'PR2' }, { PLACE: 'R5', PLACE_PROVIDER: 'PR2' }),
  rows(rule529, 'Episodes', { PLACE: 'R1', PLACE_PROVIDER: 'PR3' }, { PLACE: 'K2', PLACE_PROVIDER: 'PR3' }),
  rows(rule530, 'Episodes', { PLACE: 'U4', PLACE_PROVIDER: 'PR4' }, { PLACE: 'P1', PLACE_PROVIDER: 'PR4' }),
  rows(rule531, 'Episodes', { PLACE: 'U4', PLACE_PROVIDER: 'PR5' }, { PLACE: 'P1', PLACE_PROVIDER: 'PR5' }),
  rows(rule542, 'OC2', { DOB: '01/01/2010', CONVICTED: '0' }, { DOB: '01/01/2015', CONVICTED: '0' }),
  {
    rule: rule543,
    tables: {
      Episodes: [allYear('A'), allYear('B')],
      OC2: [{ CHILD: 'A', DOB: '01/01/2010', CONVICTED: '0' }, { CHILD: 'B', DOB: '01/01/2010', CONVICTED: null }],
    },
    flagged: ['OC2:1'],
  },
  rows(rule544, 'OC2', { CONVICTED: '1', ...HEALTH }, { CONVICTED: '1', ...HEALTH, TEETH_CHECK: null }),
  {
    rule: rule545,
    tables: {
      Episodes: [allYear('A'), allYear('B')],
      OC2: [{ CHILD: 'A', DOB: '01/01/2020', HEALTH_CHECK: '1' }, { CHILD: 'B', DOB: '01/01/2020', HEALTH_CHECK: null }],
    },
    flagged: ['OC2:1'],
  },
  {
    rule: rule546,
    tables: {
      Episodes: [allYear('A'), allYear('B')],
      OC2: [{ CHILD: 'A', DOB: '01/01/2010', HEALTH_CHECK: null }, { CHILD: 'B', DOB: '01/01/2010', HEALTH_CHECK: '1' }],
    },
    flagged: ['OC2:1'],
  },
  rows(rule547, 'OC2', { HEALTH_CHECK: '1', ...HEALTH }, { HEALTH_CHECK: '1', ...HEALTH, IMMUNISATIONS: null }),
  rows(rule550, 'Episodes', { PLACE: 'P1', PLACE_PROVIDER: 'PR0' }, { PLACE: 'U1', PLACE_PROVIDER: 'PR0' }),
  adoption(rule551, { PLACE: 'A4' }, { DATE_PLACED: '01/05/2022' }, { DATE_PLACED: null }, ['Episodes:1']),
  adoption(rule552, { PLACE: 'A4', DECOM: '01/06/2022' }, { DATE_PLACED: '01/05/2022' }, { DATE_PLACED: '01/07/2022' },
    ['Episodes:1', 'PlacedAdoption:1']),
  {
    rule: rule553,
    tables: {
      Episodes: [{ CHILD: 'A', LS: 'E1', DEC: null }, { CHILD: 'B', LS: 'E1', DEC: null }, { CHILD: 'C', LS: 'E1', DEC: null }],
      PlacedAdoption: [{ CHILD: 'A', DATE_PLACED: '01/05/2022' }, { CHILD: 'B', DATE_PLACED: '01/05/2022', REASON_PLACED_CEASED: 'RD1' }],
    },
    flagged: ['Episodes:2', 'PlacedAdoption:1'],
  },
  adoption(rule554, { LS: 'E1', DECOM: '01/06/2022' }, { DATE_PLACED: '01/05/2022' }, { DATE_PLACED: '01/07/2022' },
    ['Episodes:1', 'PlacedAdoption:1']),
  {
    rule: rule555,
    tables: {
      Episodes: [{ CHILD: 'A', LS: 'D1', DEC: null }, { CHILD: 'C', LS: 'D1', DEC: null }],
      PlacedAdoption: [{ CHILD: 'A', DATE_PLACED: '01/05/2005' }],
    },
    flagged: ['Episodes:1'],
  },
  adoption(rule556, { LS: 'D1', DECOM: '01/06/2005' }, { DATE_PLACED: '01/05/2005' }, { DATE_PLACED: '01/07/2005' },
    ['Episodes:1']),
  adoption(rule557, { PLACE: 'A4', REC: 'E4A' }, { DATE_PLACED_CEASED: '01/06/2022', REASON_PLACED_CEASED: 'RD1' },
    { DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: null }, ['Episodes:1', 'PlacedAdoption:1']),
  {
    ...adoption(rule557From2025, { LS: 'E1', REC: 'E4A' }, { DATE_PLACED_CEASED: '01/06/2024', REASON_PLACED_CEASED: 'RD1' },
      { DATE_PLACED_CEASED: '01/06/2024', REASON_PLACED_CEASED: null }, ['Episodes:1', 'PlacedAdoption:1']),
    year: 2025,
  },
  {
    rule: rule558,
    tables: {
      Episodes: [{ CHILD: 'A', REC: 'E11' }, { CHILD: 'B', REC: 'E11' }],
      PlacedAdoption: [
        { CHILD: 'A', DATE_PLACED_CEASED: '01/01/2021' }, { CHILD: 'A', DATE_PLACED_CEASED: null },
        { CHILD: 'B', DATE_PLACED_CEASED: '01/01/2021' }, { CHILD: 'B', DATE_PLACED_CEASED: '01/01/2022' },
      ],
    },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule559,
    tables: {
      PlacedAdoption: [{ CHILD: 'A', DATE_PLACED: '01/01/2022' }, { CHILD: 'B', DATE_PLACED: '01/01/2022' }],
      PlacedAdoption_last: [{ CHILD: 'A', DATE_PLACED: '01/01/2022' }],
    },
    flagged: ['PlacedAdoption:1'],
  },
  {
    rule: rule560,
    tables: {
      PlacedAdoption: [{ CHILD: 'A', DATE_PLACED: '01/01/2022' }, { CHILD: 'B', DATE_PLACED: '02/01/2022' }],
      PlacedAdoption_last: [
        { CHILD: 'A', DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: null },
        { CHILD: 'B', DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: null },
      ],
    },
    flagged: ['PlacedAdoption:1'],
  },
  {
    rule: rule561,
    tables: {
      PlacedAdoption: [{ CHILD: 'A', DATE_PLACED: '01/06/2022' }, { CHILD: 'B', DATE_PLACED: '01/01/2022' }],
      PlacedAdoption_last: [
        { CHILD: 'A', DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: '01/02/2022' },
        { CHILD: 'B', DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: '01/02/2022' },
      ],
    },
    flagged: ['PlacedAdoption:1'],
  },
  {
    rule: rule562,
    tables: {
      Episodes: [{ CHILD: 'A', DECOM: '01/01/2022' }, { CHILD: 'B', DECOM: '01/01/2022' }],
      Episodes_last: [{ CHILD: 'A', DECOM: '01/01/2022' }, { CHILD: 'B', DECOM: '01/12/2021' }],
    },
    flagged: ['Episodes:1'],
  },
  rows(rule563, 'PlacedAdoption', { DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: '01/06/2022', REASON_PLACED_CEASED: 'RD1' },
    { DATE_PLACED: null, DATE_PLACED_CEASED: '01/06/2022', REASON_PLACED_CEASED: 'RD1' }),
  rows(rule564, 'Missing', { MISSING: 'M', MIS_START: '01/06/2022' }, { MISSING: 'A', MIS_START: null }),
  rows(rule565, 'Missing', { MISSING: 'M', MIS_START: '01/06/2022' }, { MISSING: null, MIS_START: '01/06/2022' }),
  rows(rule566, 'Missing', { MISSING: 'M', MIS_END: '01/06/2022' }, { MISSING: null, MIS_END: '01/06/2022' }),
  rows(rule567, 'Missing', { MIS_START: '01/06/2022', MIS_END: '02/06/2022' }, { MIS_START: '01/06/2022', MIS_END: '31/05/2022' }),
  rows(rule570, 'Missing', { MIS_START: '31/03/2023' }, { MIS_START: '01/04/2023' }),
  rows(rule571, 'Missing', { MIS_END: '01/04/2022' }, { MIS_END: '31/03/2022' }),
  {
    rule: rule574,
    tables: { Missing: [
      { CHILD: 'A', MIS_START: '01/06/2022', MIS_END: '02/06/2022' },
      { CHILD: 'A', MIS_START: '03/06/2022', MIS_END: null },
      { CHILD: 'B', MIS_START: '01/06/2022', MIS_END: '05/06/2022' },
      { CHILD: 'B', MIS_START: '03/06/2022', MIS_END: '06/06/2022' },
    ] },
    flagged: ['Missing:3'],
  },
  {
    rule: rule575,
    tables: {
      Episodes: [{ CHILD: 'A', DECOM: '01/05/2022', DEC: '01/07/2022' }, { CHILD: 'B', DECOM: '01/05/2022', DEC: '01/07/2022' }],
      Missing: [{ CHILD: 'A', MIS_START: '01/06/2022', MIS_END: '02/06/2022' }, { CHILD: 'B', MIS_START: '01/06/2022', MIS_END: null }],
    },
    flagged: ['Missing:1'],
  },
  {
    rule: rule576,
    tables: {
      Missing: [{ CHILD: 'A', MIS_START: '01/03/2022' }, { CHILD: 'B', MIS_START: '05/04/2022' }],
      Missing_last: [{ CHILD: 'A', MIS_START: '01/03/2022', MIS_END: null }, { CHILD: 'B', MIS_START: '01/03/2022', MIS_END: null }],
    },
    flagged: ['Missing:1'],
  },
  {
    rule: rule577,
    tables: {
      Episodes: [{ CHILD: 'A', DECOM: '01/05/2022', DEC: '01/07/2022' }, { CHILD: 'B', DECOM: '01/05/2022', DEC: '01/07/2022' }],
      Missing: [{ CHILD: 'A', MIS_START: '01/06/2022', MIS_END: '02/06/2022' }, { CHILD: 'B', MIS_START: '01/06/2022', MIS_END: null }],
    },
    flagged: ['Missing:1'],
  },
  {
    rule: rule578,
    tables: {
      Episodes: [{ CHILD: 'A', DECOM: '01/05/2022', DEC: '01/07/2022' }, { CHILD: 'B', DECOM: '01/05/2022', DEC: '01/07/2022' }],
      Missing: [{ CHILD: 'A', MIS_START: '01/06/2022' }, { CHILD: 'B', MIS_START: '02/07/2022' }],
    },
    flagged: ['Missing:1'],
  },
  {
    rule: rule579,
    tables: { PlacedAdoption: [
      { CHILD: 'A', DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: '01/02/2022' },
      { CHILD: 'A', DATE_PLACED: '01/03/2022', DATE_PLACED_CEASED: null },
      { CHILD: 'B', DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: null },
      { CHILD: 'B', DATE_PLACED: '01/03/2022', DATE_PLACED_CEASED: null },
    ] },
    flagged: ['PlacedAdoption:3'],
  },
  {
    rule: rule580,
    tables: {
      Episodes: [{ CHILD: 'A', DEC: '01/06/2022', REC: 'E8' }, { CHILD: 'B', DEC: '01/06/2022', REC: 'E4A' }],
      Missing: [{ CHILD: 'A', DOB: '01/06/2004', MIS_END: '01/06/2022' }, { CHILD: 'B', DOB: '01/06/2004', MIS_END: '01/06/2022' }],
    },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule581,
    tables: {
      Episodes: [{ CHILD: 'A', DECOM: '01/05/2022', DEC: null }, { CHILD: 'B', DECOM: '01/05/2022', DEC: null }],
      Missing: [{ CHILD: 'A', MIS_START: '01/06/2022' }, { CHILD: 'B', MIS_START: '01/04/2022' }],
    },
    flagged: ['Missing:1'],
  },
  {
    rule: rule582,
    tables: {
      Episodes: [{ CHILD: 'A', DEC: '01/06/2022', REC: 'E11' }, { CHILD: 'B', DEC: '01/06/2022', REC: 'E11' }],
      AD1: [{ CHILD: 'A', DATE_MATCH: '01/03/2022' }, { CHILD: 'B', DATE_MATCH: '01/06/2022' }],
    },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule583,
    tables: { PlacedAdoption: [
      { CHILD: 'A', DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: '01/02/2022' },
      { CHILD: 'A', DATE_PLACED: '01/03/2022', DATE_PLACED_CEASED: null },
      { CHILD: 'B', DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: null },
      { CHILD: 'B', DATE_PLACED: '01/03/2022', DATE_PLACED_CEASED: null },
    ] },
    flagged: ['PlacedAdoption:2'],
  },
  {
    rule: rule584,
    tables: {
      PlacedAdoption: [{ CHILD: 'A', DATE_PLACED: '01/06/2022' }, { CHILD: 'B', DATE_PLACED: '01/01/2022' }],
      PlacedAdoption_last: [
        { CHILD: 'A', DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: '01/02/2022' },
        { CHILD: 'B', DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: '01/02/2022' },
      ],
    },
    flagged: ['PlacedAdoption:1'],
  },
  rows(rule586, 'Missing', { DOB: '01/01/2010', MIS_START: '01/06/2022' }, { DOB: '01/01/2010', MIS_START: '01/01/2010' }),
];
