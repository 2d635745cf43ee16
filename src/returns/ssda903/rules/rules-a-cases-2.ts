/** Hand-written cases for rules 202-234 (2022-23 dates unless the rule starts later). */
import type { RuleCase } from './rules-a-case.ts';
import { rule202 } from './rule-202.ts';
import { rule203 } from './rule-203.ts';
import { rule204 } from './rule-204.ts';
import { rule205A } from './rule-205A.ts';
import { rule205B } from './rule-205B.ts';
import { rule205C } from './rule-205C.ts';
import { rule205D } from './rule-205D.ts';
import { rule207 } from './rule-207.ts';
import { rule208 } from './rule-208.ts';
import { rule209 } from './rule-209.ts';
import { rule210 } from './rule-210.ts';
import { rule213From2026, rule213Until2025 } from './rule-213.ts';
import { rule214 } from './rule-214.ts';
import { rule215 } from './rule-215.ts';
import { rule217 } from './rule-217.ts';
import { rule217t } from './rule-217t.ts';
import { rule218From2026, rule218In2024And2025, rule218Until2023 } from './rule-218.ts';
import { rule219 } from './rule-219.ts';
import { rule221 } from './rule-221.ts';
import { rule222From2026, rule222In2024, rule222In2025, rule222Until2023 } from './rule-222.ts';
import { rule224 } from './rule-224.ts';
import { rule225 } from './rule-225.ts';
import { rule226From2026, rule226Until2025 } from './rule-226.ts';
import { rule227 } from './rule-227.ts';
import { rule228 } from './rule-228.ts';
import { rule229From2026, rule229Until2025 } from './rule-229.ts';
import { rule230 } from './rule-230.ts';
import { rule231 } from './rule-231.ts';
import { rule232 } from './rule-232.ts';
import { rule233 } from './rule-233.ts';
import { rule234 } from './rule-234.ts';
import { rule241 } from './rule-241.ts';
import { rule242 } from './rule-242.ts';
import { rule243 } from './rule-243.ts';
import type { Rule903 } from './rule.ts';

/** Two children A (passes) and B (flagged) compared with last year's Header. */
function lastYear(rule: Rule903, field: string, now: [string, string], last: [string, string], year?: number): RuleCase {
  return {
    rule, year,
    tables: {
      Header: [{ CHILD: 'A', [field]: now[0] }, { CHILD: 'B', [field]: now[1] }],
      Header_last: [{ CHILD: 'A', [field]: last[0] }, { CHILD: 'B', [field]: last[1] }],
    },
    flagged: ['Header:1'],
  };
}

/** Episodes with the given fields: the first passes, the second is flagged. */
function episodes(rule: Rule903, good: Record<string, string | null>, bad: Record<string, string | null>, year?: number): RuleCase {
  return { rule, year, tables: { Episodes: [good, bad] }, flagged: ['Episodes:1'] };
}

const UASC_A = { CHILD: 'A', DOB: '01/06/2004' };
const UASC_B = { CHILD: 'B', DOB: '01/06/2004' };
const REGISTER_ENDED = { providerInfo: [{ URN: '1', REG_END: '2022-06-01' }] };

export const cases200s: RuleCase[] = [
  lastYear(rule202, 'SEX', ['1', '2'], ['1', '1']),
  { ...lastYear(rule202, 'SEX', ['M', 'F'], ['1', '1'], 2025), name: 'last year 1/2 read as M/F in 2024-25' },
  lastYear(rule203, 'DOB', ['01/01/2010', '02/01/2010'], ['2010-01-01', '01/01/2010']),
  lastYear(rule204, 'ETHNIC', ['WBRI', 'WIRI'], ['wbri', 'WBRI']),
  {
    rule: rule205A,
    name: 'UASC ended last year, or not',
    tables: {
      UASC: [{ ...UASC_A, DUC: null }, { ...UASC_B, DUC: null }],
      Header: [{ CHILD: 'A', UASC: '0' }, { CHILD: 'B', UASC: '0' }],
      UASC_last: [{ ...UASC_A, DUC: '01/01/2022' }, { ...UASC_B, DUC: '01/01/2020' }],
      Header_last: [{ CHILD: 'A', UASC: '1' }, { CHILD: 'B', UASC: '1' }],
    },
    flagged: ['UASC:1', 'Header:1'],
  },
  {
    rule: rule205B,
    name: "last year's DUC is, or is not, the 18th birthday",
    tables: {
      UASC: [{ ...UASC_A, DUC: '01/06/2022' }, { ...UASC_B, DUC: '01/06/2022' }],
      Header: [{ CHILD: 'A', UASC: '1' }, { CHILD: 'B', UASC: '1' }],
      UASC_last: [{ ...UASC_A, DUC: '01/06/2022' }, { ...UASC_B, DUC: '01/07/2022' }],
      Header_last: [{ CHILD: 'A', UASC: '1' }, { CHILD: 'B', UASC: '1' }],
    },
    flagged: ['UASC:1', 'Header:1'],
  },
  {
    rule: rule205C,
    tables: {
      UASC: [{ ...UASC_A, DUC: null }, { ...UASC_B, DUC: '01/06/2022' }],
      Header: [{ CHILD: 'A', UASC: '0' }, { CHILD: 'B', UASC: '0' }],
      UASC_last: [{ ...UASC_A, DUC: null }, { ...UASC_B, DUC: null }],
      Header_last: [{ CHILD: 'A', UASC: '0' }, { CHILD: 'B', UASC: '0' }],
    },
    flagged: ['UASC:1', 'Header:1'],
  },
  lastYear(rule205D, 'UASC', ['1', '1'], ['1', '0']),
  {
    rule: rule207,
    tables: {
      Header: [{ CHILD: 'A', MOTHER: '1' }, { CHILD: 'B', MOTHER: '0' }],
      Header_last: [{ CHILD: 'A', MOTHER: '1' }, { CHILD: 'B', MOTHER: '1' }],
      Episodes: [{ CHILD: 'A' }, { CHILD: 'B' }],
    },
    flagged: ['Header:1'],
  },
  lastYear(rule208, 'UPN', ['A123456789012', 'B123456789012'], ['UN1', 'A123456789012']),
  {
    rule: rule209,
    tables: { Header: [{ UPN: 'UN1', DOB: '01/01/2019' }, { UPN: 'UN1', DOB: '01/01/2015' }] },
    flagged: ['Header:1'],
  },
  {
    rule: rule210,
    tables: {
      Header: [{ CHILD: 'A', UPN: 'UN4' }, { CHILD: 'B', UPN: 'UN4' }],
      Episodes: [{ CHILD: 'A', DECOM: '01/01/2023' }, { CHILD: 'B', DECOM: '25/03/2023' }],
    },
    flagged: ['Episodes:1', 'Header:1'],
  },
  episodes(rule213Until2025, { PLACE: 'U1', PLACE_PROVIDER: 'PR1' }, { PLACE: 'T1', PLACE_PROVIDER: 'PR1' }),
  episodes(rule213From2026, { PLACE: 'U1', PLACE_PROVIDER: 'PR1' }, { PLACE: 'Z13', PLACE_PROVIDER: 'PR1' }),
  episodes(rule214, { LS: 'C2', PL_POST: 'AB1 0JD' }, { LS: 'V3', PL_POST: 'AB1 0JD' }),
  {
    rule: rule215,
    tables: {
      OC3: [{ CHILD: 'A', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }, { CHILD: 'B', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }],
      OC2: [{ CHILD: 'B', CONVICTED: '0' }],
    },
    flagged: ['OC3:1', 'OC2:0'],
  },
  episodes(rule217, { PLACE: 'A3', DECOM: '01/05/2022', RNE: 'T' }, { PLACE: 'A5', DECOM: '01/05/2022', RNE: 'P' }),
  episodes(rule217t, { PLACE: 'P2', DEC: '01/10/2023' }, { PLACE: 'P2', DEC: null }),
  episodes(rule218Until2023,
    { PLACE: 'U1', DEC: null, PL_LA: 'E09000001', URN: 'SC123456' },
    { PLACE: 'U1', DEC: null, PL_LA: 'E09000001', URN: null }),
  episodes(rule218In2024And2025,
    { PLACE: 'P1', DEC: null, PL_LA: 'E09000001', URN: null },
    { PLACE: 'H5', DEC: null, PL_LA: 'E09000001', URN: null }),
  episodes(rule218From2026,
    { PLACE: 'U1', DEC: null, PL_LA: 'WAL', URN: null },
    { PLACE: 'U1', DEC: null, PL_LA: 'E09000001', URN: null }),
  {
    rule: rule219,
    meta: { providerInfo: [{ URN: '1', PLACE_CODES: 'U1,U4' }] },
    tables: { Episodes: [{ PLACE: 'U1', URN: '1' }, { PLACE: 'K2', URN: '1' }] },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule221,
    meta: { providerInfo: [{ URN: '1', POSTCODE: 'AB10JD' }] },
    tables: { Episodes: [{ PL_POST: 'AB1 0JD', URN: '1' }, { PL_POST: 'CD2 1EF', URN: '1' }] },
    flagged: ['Episodes:1'],
  },
  episodes(rule222Until2023, { PLACE: 'U1', URN: 'SC1' }, { PLACE: 'H5', URN: 'SC1' }),
  episodes(rule222In2024, { PLACE: 'H5', URN: 'SC1' }, { PLACE: 'P2', URN: 'SC1' }),
  episodes(rule222In2025, { PLACE: 'P1', URN: 'XXXXXXX' }, { PLACE: 'Z1', URN: 'SC1' }),
  episodes(rule222From2026, { PLACE: 'K2', URN: 'SC1' }, { PLACE: 'Z14', URN: 'SC1' }),
  {
    rule: rule224,
    meta: { providerInfo: [{ URN: '1', PROVIDER_CODES: 'PR4' }] },
    tables: { Episodes: [{ PLACE_PROVIDER: 'PR4', URN: '1' }, { PLACE_PROVIDER: 'PR1', URN: '1' }] },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule225,
    tables: { Episodes: [
      { CHILD: 'A', DECOM: '01/05/2022', RNE: 'S', REC: 'X1', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
      { CHILD: 'A', DECOM: '01/06/2022', RNE: 'P', REC: 'X1', PLACE: 'U4', REASON_PLACE_CHANGE: null },
      { CHILD: 'A', DECOM: '01/07/2022', RNE: 'P', REC: null, PLACE: 'U5', REASON_PLACE_CHANGE: null },
    ] },
    flagged: ['Episodes:1'],
  },
  ...[rule226Until2025, rule226From2026].map((rule): RuleCase => ({
    rule,
    tables: { Episodes: [
      { CHILD: 'A', DECOM: '01/05/2022', PLACE: 'U1', REASON_PLACE_CHANGE: null },
      { CHILD: 'A', DECOM: '01/06/2022', PLACE: 'T1', REASON_PLACE_CHANGE: null },
      { CHILD: 'B', DECOM: '01/05/2022', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
      { CHILD: 'B', DECOM: '01/06/2022', PLACE: 'T1', REASON_PLACE_CHANGE: null },
    ] },
    flagged: ['Episodes:3'],
  })),
  {
    rule: rule227,
    meta: REGISTER_ENDED,
    tables: { Episodes: [{ URN: '1', DECOM: '01/05/2022' }, { URN: '1', DECOM: '01/07/2022' }] },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule228,
    name: 'an open episode runs to 31 March',
    meta: REGISTER_ENDED,
    tables: { Episodes: [{ URN: '1', DEC: '01/05/2022' }, { URN: '1', DEC: null }] },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule229Until2025,
    meta: { laCode: '201', providerInfo: [{ URN: '1', LA_CODE_INFERRED: '201' }] },
    tables: { Episodes: [{ PLACE_PROVIDER: 'PR1', URN: '1' }, { PLACE_PROVIDER: 'PR2', URN: '1' }] },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule229From2026,
    name: 'K3 placements are not checked',
    meta: { laCode: '201', providerInfo: [{ URN: '1', LA_CODE_INFERRED: '201' }] },
    tables: { Episodes: [{ PLACE_PROVIDER: 'PR2', PLACE: 'K3', URN: '1' }, { PLACE_PROVIDER: 'PR2', PLACE: 'K2', URN: '1' }] },
    flagged: ['Episodes:1'],
  },
  episodes(rule230, { PLACE: 'H5', DEC: null, PL_LA: 'E09000001', URN: 'SC1' }, { PLACE: 'H5', DEC: null, PL_LA: 'E09000001', URN: null }),
  {
    rule: rule231,
    tables: { Header: [{ CHILD: 'A', DOB: '01/01/2010', UASC: '1' }, { CHILD: 'B', DOB: '01/01/2016', UASC: '1' }] },
    flagged: ['Header:1'],
  },
  {
    rule: rule231,
    name: 'CSV: UASC status from the UASC table',
    tables: {
      Header: [{ CHILD: 'A', DOB: '01/01/2016' }, { CHILD: 'B', DOB: '01/01/2016' }],
      UASC: [{ CHILD: 'B', DOB: '01/01/2016', DUC: null, SEX: 'M' }],
    },
    flagged: ['Header:1'],
  },
  { rule: rule232, tables: { Header: [{ SEX: 'F' }, { SEX: 'U' }] }, flagged: ['Header:1'] },
  episodes(rule233, { DEC: '01/06/2025', REASON_PLACE_CHANGE: 'CARPL' }, { DEC: null, REASON_PLACE_CHANGE: 'CARPL' }),
  {
    rule: rule234,
    tables: {
      Header: [{ CHILD: 'A', DOB: '01/01/2010' }, { CHILD: 'B', DOB: '01/01/2017' }],
      Episodes: [
        { CHILD: 'A', DECOM: '01/06/2025', REASON_PLACE_CHANGE: 'CUSTOD' },
        { CHILD: 'B', DECOM: '01/06/2025', REASON_PLACE_CHANGE: 'CUSTOD' },
      ],
    },
    flagged: ['Episodes:1', 'Header:1'],
  },
  {
    rule: rule241,
    meta: { providerInfo: [{ URN: '1', LA_CODE_INFERRED: 'E09000001' }] },
    tables: { Episodes: [{ PLACE: 'K3', URN: '1', PL_LA: 'E09000001' }, { PLACE: 'K3', URN: '1', PL_LA: 'E09000002' }] },
    flagged: ['Episodes:1'],
  },
  episodes(rule242, { URN: 'XXXXXXX', PLACE: 'A3' }, { URN: 'XXXXXXX', PLACE: 'K3' }),
  episodes(rule243, { PL_LA: 'WAL', URN: null }, { PL_LA: 'NIR', URN: 'SC1' }),
];
