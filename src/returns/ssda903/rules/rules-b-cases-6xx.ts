/** Hand-written cases for rules 601-635, 1000-1016 and 3001 (2022-23 dates unless later); see rules-b.test.ts. */
import type { Row } from '../dataset.ts';
import type { RuleCase } from './rules-a-case.ts';
import type { Rule903 } from './rule.ts';
import { rule601 } from './rule-601.ts';
import { rule602 } from './rule-602.ts';
import { rule607, rule607From2025 } from './rule-607.ts';
import { rule611 } from './rule-611.ts';
import { rule612, rule612From2025 } from './rule-612.ts';
import { rule620 } from './rule-620.ts';
import { rule621 } from './rule-621.ts';
import { rule624 } from './rule-624.ts';
import { rule625 } from './rule-625.ts';
import { rule626 } from './rule-626.ts';
import { rule628 } from './rule-628.ts';
import { rule630 } from './rule-630.ts';
import { rule631 } from './rule-631.ts';
import { rule632 } from './rule-632.ts';
import { rule633 } from './rule-633.ts';
import { rule634 } from './rule-634.ts';
import { rule635 } from './rule-635.ts';
import { rule1000 } from './rule-1000.ts';
import { rule1001 } from './rule-1001.ts';
import { rule1002 } from './rule-1002.ts';
import { rule1003 } from './rule-1003.ts';
import { rule1004 } from './rule-1004.ts';
import { rule1005 } from './rule-1005.ts';
import { rule1006 } from './rule-1006.ts';
import { rule1007 } from './rule-1007.ts';
import { rule1008 } from './rule-1008.ts';
import { rule1009 } from './rule-1009.ts';
import { rule1010 } from './rule-1010.ts';
import { rule1011 } from './rule-1011.ts';
import { rule1012 } from './rule-1012.ts';
import { rule1014 } from './rule-1014.ts';
import { rule1015, rule1015From2026 } from './rule-1015.ts';
import { rule1016 } from './rule-1016.ts';
import { rule3001 } from './rule-3001.ts';

function rows(rule: Rule903, table: string, good: Row, bad: Row, year?: number): RuleCase {
  return { rule, ...(year ? { year } : {}), tables: { [table]: [good, bad] }, flagged: [`${table}:1`] };
}

const FULL_AD1 = { DATE_INT: '01/01/2022', DATE_MATCH: '01/02/2022', FOSTER_CARE: '0', NB_ADOPTR: '2', SEX_ADOPTR: 'MF', LS_ADOPTR: 'L11' };
const CARE_LEAVER = { IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' };

/** A girl who left care in 2022-23 (child A has MOTHER recorded, child B does not). */
function mother(rule: Rule903, female: string, year: number, dec: string): RuleCase {
  return {
    rule,
    year,
    tables: {
      Episodes: [{ CHILD: 'A', DEC: dec, REC: 'E4A', LS: 'C2' }, { CHILD: 'B', DEC: dec, REC: 'E4A', LS: 'C2' }],
      Header: [{ CHILD: 'A', SEX: female, MOTHER: '0' }, { CHILD: 'B', SEX: female, MOTHER: null }],
    },
    flagged: ['Episodes:1', 'Header:1'],
  };
}

export const cases600s: RuleCase[] = [
  {
    rule: rule601,
    tables: {
      Episodes: [{ CHILD: 'A', DEC: '01/06/2022', REC: 'E11' }, { CHILD: 'B', DEC: '01/06/2022', REC: 'E11' }],
      AD1: [{ CHILD: 'A', ...FULL_AD1 }, { CHILD: 'B', ...FULL_AD1, DATE_MATCH: null }],
    },
    flagged: ['Episodes:1', 'AD1:1'],
  },
  {
    rule: rule602,
    tables: {
      Episodes: [{ CHILD: 'A', DEC: '01/06/2022', REC: 'E11' }, { CHILD: 'B', DEC: '01/06/2022', REC: 'E4A' }],
      AD1: [{ CHILD: 'A', ...FULL_AD1 }, { CHILD: 'B', ...FULL_AD1 }],
    },
    flagged: ['AD1:1'],
  },
  mother(rule607, '2', 2023, '01/06/2022'),
  mother(rule607From2025, 'F', 2025, '01/06/2024'),
  rows(rule611, 'Header', { MOTHER: '1', MC_DOB: '01/01/2022' }, { MOTHER: '1', MC_DOB: null }),
  rows(rule612, 'Header', { SEX: '2', MOTHER: '1', MC_DOB: '01/01/2022' }, { SEX: '2', MOTHER: '0', MC_DOB: '01/01/2022' }),
  rows(rule612From2025, 'Header', { SEX: 'F', MOTHER: '1', MC_DOB: '01/01/2024' }, { SEX: 'F', MOTHER: null, MC_DOB: '01/01/2024' }, 2025),
  rows(rule620, 'Header', { MOTHER: '1', DOB: '01/01/2006' }, { MOTHER: '1', DOB: '01/01/2012' }),
  rows(rule621, 'Header', { DOB: '01/01/2006', MC_DOB: '01/01/2022' }, { DOB: '01/01/2006', MC_DOB: '01/01/2005' }),
  {
    rule: rule624,
    tables: {
      Header: [{ CHILD: 'A', MC_DOB: '01/01/2022' }, { CHILD: 'B', MC_DOB: '01/02/2022' }],
      Header_last: [{ CHILD: 'A', MC_DOB: '01/01/2022' }, { CHILD: 'B', MC_DOB: '01/01/2022' }],
    },
    flagged: ['Header:1'],
  },
  {
    rule: rule625,
    tables: {
      // C's first episode ended before her child was born, but a later one is still open: not ceased.
      Episodes: [{ CHILD: 'A', DEC: '01/06/2022' }, { CHILD: 'B', DEC: '01/06/2022' }, { CHILD: 'C', DEC: '01/06/2022' }, { CHILD: 'C', DEC: null }],
      Header: [{ CHILD: 'A', MC_DOB: '01/05/2022' }, { CHILD: 'B', MC_DOB: '01/07/2022' }, { CHILD: 'C', MC_DOB: '01/07/2022' }],
    },
    flagged: ['Episodes:1', 'Header:1'],
  },
  {
    rule: rule626,
    tables: {
      Header: [{ CHILD: 'A', MOTHER: '1', MC_DOB: '01/05/2022' }, { CHILD: 'B', MOTHER: '1', MC_DOB: '01/01/2022' }],
      Header_last: [{ CHILD: 'A', MOTHER: '0' }, { CHILD: 'B', MOTHER: '0' }],
    },
    flagged: ['Header:1'],
  },
  {
    rule: rule628,
    tables: {
      Header: [{ CHILD: 'A', MOTHER: null }, { CHILD: 'B', MOTHER: '0' }],
      Episodes: [{ CHILD: 'C' }],
      OC3: [{ CHILD: 'A', ...CARE_LEAVER }, { CHILD: 'B', ...CARE_LEAVER }],
    },
    flagged: ['Header:1'],
  },
  {
    rule: rule630,
    tables: {
      Episodes: [{ CHILD: 'A', RNE: 'S', DECOM: '01/06/2022' }, { CHILD: 'B', RNE: 'S', DECOM: '01/06/2022' }],
      PrevPerm: [{ CHILD: 'A', PREV_PERM: 'Z1' }, { CHILD: 'B', PREV_PERM: 'P1', LA_PERM: null, DATE_PERM: null }],
    },
    flagged: ['Episodes:1'],
  },
  rows(rule631, 'PrevPerm', { PREV_PERM: 'P4' }, { PREV_PERM: 'P5' }),
  {
    rule: rule632,
    tables: {
      Episodes: [{ CHILD: 'A', DECOM: '01/06/2022' }, { CHILD: 'B', DECOM: '01/06/2022' }],
      PrevPerm: [{ CHILD: 'A', DATE_PERM: 'ZZ/05/2022' }, { CHILD: 'B', DATE_PERM: 'ZZ/06/2022' }],
    },
    flagged: ['Episodes:1', 'PrevPerm:1'],
  },
  rows(rule633, 'PrevPerm', { LA_PERM: 'WAL' }, { LA_PERM: '123' }),
  {
    rule: rule634,
    tables: {
      Episodes: [{ CHILD: 'A', DECOM: '01/06/2022' }, { CHILD: 'B', DECOM: '01/06/2015' }],
      PrevPerm: [{ CHILD: 'A', PREV_PERM: 'P1' }, { CHILD: 'B', PREV_PERM: 'P1' }],
    },
    flagged: ['Episodes:1', 'PrevPerm:1'],
  },
  rows(rule635, 'PrevPerm', { PREV_PERM: 'P1', LA_PERM: '800' }, { PREV_PERM: null, LA_PERM: '800' }),
  {
    rule: rule1000,
    tables: {
      Episodes: [{ CHILD: 'A', REC: 'E4A' }, { CHILD: 'B', REC: 'E2' }],
      OC3: [{ CHILD: 'A', ...CARE_LEAVER }, { CHILD: 'B', ...CARE_LEAVER }],
    },
    flagged: ['OC3:1'],
  },
  {
    rule: rule1001,
    tables: {
      Header: [{ CHILD: 'A', DOB: '01/06/2004' }, { CHILD: 'B', DOB: '01/06/2004' }],
      Episodes: [
        { CHILD: 'A', DECOM: '01/01/2020', DEC: '01/06/2022', LS: 'C2', REC: 'E4A' },
        { CHILD: 'B', DECOM: '01/05/2022', DEC: '15/05/2022', LS: 'C2', REC: 'E4A' },
      ],
      Episodes_last: [{ CHILD: 'A', DECOM: '01/01/2020', DEC: null, LS: 'C2', REC: null }],
      OC3: [{ CHILD: 'A', ...CARE_LEAVER }, { CHILD: 'B', ...CARE_LEAVER }],
    },
    flagged: ['OC3:1'],
  },
  {
    rule: rule1002,
    tables: {
      Episodes: [{ CHILD: 'C' }],
      Episodes_last: [{ CHILD: 'A' }],
      OC3: [{ CHILD: 'A', ...CARE_LEAVER }, { CHILD: 'B', ...CARE_LEAVER }],
    },
    flagged: ['OC3:1'],
  },
  {
    rule: rule1003,
    tables: {
      Episodes: [{ CHILD: 'A', RNE: 'S', DECOM: '01/05/2022' }, { CHILD: 'B', RNE: 'S', DECOM: '01/05/2022' }],
      PlacedAdoption: [{ CHILD: 'A', DATE_PLACED: '01/06/2022' }, { CHILD: 'B', DATE_PLACED: '01/04/2022' }],
    },
    flagged: ['Episodes:1', 'PlacedAdoption:1'],
  },
  rows(rule1004, 'Missing', { MIS_START: '01/06/2022' }, { MIS_START: '31/06/2022' }),
  rows(rule1005, 'Missing', { MIS_END: null }, { MIS_END: '2022/06/01' }),
  rows(rule1006, 'Missing', { MISSING: 'A' }, { MISSING: 'm' }),
  {
    rule: rule1007,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/01/2020', DEC: '01/05/2022' },
        { CHILD: 'B', DECOM: '01/01/2020', DEC: '01/09/2022' },
      ],
      OC3: [{ CHILD: 'A', DOB: '01/06/2005', ...CARE_LEAVER }, { CHILD: 'B', DOB: '01/06/2005', ...CARE_LEAVER }],
    },
    flagged: ['OC3:1'],
  },
  {
    rule: rule1008,
    meta: { providerInfo: [{ URN: 'SC000001' }] },
    tables: { Episodes: [{ URN: 'SC000001' }, { URN: 'SC999999' }] },
    flagged: ['Episodes:1'],
  },
  rows(rule1009, 'Episodes', { REASON_PLACE_CHANGE: 'CARPL' }, { REASON_PLACE_CHANGE: 'carpl' }),
  {
    rule: rule1010,
    tables: {
      Episodes: [{ CHILD: 'C' }],
      Episodes_last: [{ CHILD: 'A', DECOM: '01/01/2022', DEC: '01/02/2022' }, { CHILD: 'B', DECOM: '01/01/2022', DEC: null }],
      OC3: [{ CHILD: 'A', ...CARE_LEAVER }, { CHILD: 'B', ...CARE_LEAVER }],
    },
    flagged: ['OC3:1'],
  },
  {
    rule: rule1011,
    tables: {
      Episodes: [{ CHILD: 'A', DECOM: '01/05/2022', REC: 'E4A' }, { CHILD: 'B', DECOM: '01/05/2022', REC: 'E3' }],
      OC3: [{ CHILD: 'A', ...CARE_LEAVER }, { CHILD: 'B', ...CARE_LEAVER }],
    },
    flagged: ['OC3:1'],
  },
  {
    rule: rule1012,
    tables: { Episodes: [{ CHILD: 'A' }], Missing: [{ CHILD: 'A' }, { CHILD: 'B' }], OC2: [{ CHILD: 'B' }] },
    flagged: ['Missing:1', 'OC2:0'],
  },
  {
    rule: rule1014,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', DEC: null },
        { CHILD: 'B', DECOM: '01/05/2020', DEC: '01/06/2021' },
      ],
      UASC: [{ CHILD: 'A', DUC: '01/01/2024' }, { CHILD: 'B', DUC: '01/01/2024' }],
      OC3: [{ CHILD: 'A', ...CARE_LEAVER }, { CHILD: 'B', ...CARE_LEAVER }],
    },
    flagged: ['UASC:1', 'OC3:1'],
  },
  {
    rule: rule1015,
    meta: { laCode: '800' },
    tables: { Episodes: [
      { PLACE: 'R1', LS: 'C2', PLACE_PROVIDER: 'PR1', PL_LA: '800' },
      { PLACE: 'R1', LS: 'C2', PLACE_PROVIDER: 'PR1', PL_LA: '801' },
    ] },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule1015From2026,
    meta: { laCode: '800' },
    tables: { Episodes: [
      { PLACE: 'K3', LS: 'C2', PLACE_PROVIDER: 'PR1', PL_LA: '801' },
      { PLACE: 'R1', LS: 'C2', PLACE_PROVIDER: 'PR1', PL_LA: '801' },
    ] },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule1016,
    tables: {
      Episodes: [{ CHILD: 'A', DEC: '01/05/2023' }, { CHILD: 'B', DEC: '01/07/2023' }],
      OC3: [{ CHILD: 'A', DOB: '01/06/2006', ...CARE_LEAVER }, { CHILD: 'B', DOB: '01/06/2006', ...CARE_LEAVER }],
    },
    flagged: ['OC3:1'],
  },
  {
    rule: rule3001,
    tables: {
      Header: [{ CHILD: 'A', DOB: '01/06/2005' }, { CHILD: 'B', DOB: '01/06/2005' }],
      OC3: [{ CHILD: 'A', ...CARE_LEAVER }, { CHILD: 'B', ...CARE_LEAVER, ACCOM: 'Z1' }],
    },
    flagged: ['OC3:1'],
  },
];
