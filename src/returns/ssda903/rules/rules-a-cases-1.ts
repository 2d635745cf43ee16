/** Hand-written cases for rules 101-199 (2022-23 dates unless the rule starts later). */
import { inCareAllYear as cla, startedInYear as newcomer, type RuleCase } from './rules-a-case.ts';
import { rule101From2025, rule101Until2024 } from './rule-101.ts';
import { rule102 } from './rule-102.ts';
import { rule103 } from './rule-103.ts';
import { rule104 } from './rule-104.ts';
import { rule105 } from './rule-105.ts';
import { rule112 } from './rule-112.ts';
import { rule113 } from './rule-113.ts';
import { rule114 } from './rule-114.ts';
import { rule115 } from './rule-115.ts';
import { rule116 } from './rule-116.ts';
import { rule117 } from './rule-117.ts';
import { rule118 } from './rule-118.ts';
import { rule119 } from './rule-119.ts';
import { rule120 } from './rule-120.ts';
import { rule131 } from './rule-131.ts';
import { rule132 } from './rule-132.ts';
import { rule133 } from './rule-133.ts';
import { rule134 } from './rule-134.ts';
import { rule141 } from './rule-141.ts';
import { rule142 } from './rule-142.ts';
import { rule143 } from './rule-143.ts';
import { rule144 } from './rule-144.ts';
import { rule145 } from './rule-145.ts';
import { rule146From2026, rule146In2025, rule146Until2024 } from './rule-146.ts';
import { rule147 } from './rule-147.ts';
import { rule148 } from './rule-148.ts';
import { rule149 } from './rule-149.ts';
import { rule151 } from './rule-151.ts';
import { rule153 } from './rule-153.ts';
import { rule157 } from './rule-157.ts';
import { rule158 } from './rule-158.ts';
import { rule159 } from './rule-159.ts';
import { rule164 } from './rule-164.ts';
import { rule165 } from './rule-165.ts';
import { rule166 } from './rule-166.ts';
import { rule167 } from './rule-167.ts';
import { rule168 } from './rule-168.ts';
import { rule169 } from './rule-169.ts';
import { rule171 } from './rule-171.ts';
import { rule174From2025, rule174Until2024 } from './rule-174.ts';
import { rule175 } from './rule-175.ts';
import { rule176 } from './rule-176.ts';
import { rule177 } from './rule-177.ts';
import { rule178From2026, rule178Until2025 } from './rule-178.ts';
import { rule179 } from './rule-179.ts';
import { rule180 } from './rule-180.ts';
import { rule181 } from './rule-181.ts';
import { rule182 } from './rule-182.ts';
import { rule184 } from './rule-184.ts';
import { rule185 } from './rule-185.ts';
import { rule186 } from './rule-186.ts';
import { rule187 } from './rule-187.ts';
import { rule188 } from './rule-188.ts';
import { rule189 } from './rule-189.ts';
import { rule190 } from './rule-190.ts';
import { rule191 } from './rule-191.ts';
import { rule192 } from './rule-192.ts';
import { rule193 } from './rule-193.ts';
import { rule196 } from './rule-196.ts';
import { rule197a } from './rule-197a.ts';
import { rule197B } from './rule-197B.ts';
import { rule198 } from './rule-198.ts';
import { rule199 } from './rule-199.ts';
import type { Rule903 } from './rule.ts';

/** A one-column case: the first value passes, the second is flagged. */
function column(rule: Rule903, table: string, field: string, good: string | null, bad: string | null): RuleCase {
  return { rule, tables: { [table]: [{ [field]: good }, { [field]: bad }] }, flagged: [`${table}:1`] };
}

const FULL_AD1 = { DATE_INT: '01/01/2022', DATE_MATCH: '01/02/2022', FOSTER_CARE: '0', NB_ADOPTR: '2', SEX_ADOPTR: 'MF', LS_ADOPTR: 'L11' };
const FULL_OC3 = { IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' };
const CORE_OC2 = { IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0' };

export const cases100s: RuleCase[] = [
  column(rule101Until2024, 'Header', 'SEX', '1', 'M'),
  column(rule101From2025, 'Header', 'SEX', 'F', '2'),
  column(rule102, 'Header', 'DOB', '01/02/2010', '30/02/2010'),
  column(rule103, 'Header', 'ETHNIC', 'WBRI', 'XXXX'),
  column(rule104, 'UASC', 'DUC', '01/05/2022', '01/05/2021'),
  { rule: rule105, meta: { fileFormat: 'xml' }, tables: { Header: [{ UASC: '1' }, { UASC: '3' }] }, flagged: ['Header:1'] },
  column(rule112, 'AD1', 'DATE_INT', '01/01/2022', '2022/01/01'),
  column(rule113, 'AD1', 'DATE_MATCH', '01/01/2022', '32/01/2022'),
  column(rule114, 'AD1', 'FOSTER_CARE', '1', 'Y'),
  column(rule115, 'PlacedAdoption', 'DATE_PLACED', '01/01/2022', '1/1/2022'),
  column(rule116, 'PlacedAdoption', 'DATE_PLACED_CEASED', '01/01/2022', '01-01-2022'),
  {
    rule: rule117,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', DEC: '01/09/2022', REC: 'E11' },
        { CHILD: 'B', DECOM: '01/05/2022', DEC: '01/09/2022', REC: 'E11' },
      ],
      PlacedAdoption: [
        { CHILD: 'A', DATE_PLACED: '01/06/2022', DATE_PLACED_CEASED: null },
        { CHILD: 'B', DATE_PLACED: '01/10/2022', DATE_PLACED_CEASED: null },
      ],
    },
    flagged: ['Episodes:1', 'PlacedAdoption:1'],
  },
  {
    rule: rule118,
    tables: {
      Episodes: [{ CHILD: 'A', LS: 'C2', DECOM: '01/05/2022' }, { CHILD: 'B', LS: 'C2', DECOM: '01/05/2022' }],
      PlacedAdoption: [{ CHILD: 'A', DATE_PLACED_CEASED: '01/06/2022' }, { CHILD: 'B', DATE_PLACED_CEASED: '01/03/2022' }],
    },
    flagged: ['Episodes:1', 'PlacedAdoption:1'],
  },
  {
    rule: rule119,
    tables: { PlacedAdoption: [
      { DATE_PLACED_CEASED: '01/06/2022', REASON_PLACED_CEASED: 'RD1' },
      { DATE_PLACED_CEASED: '01/06/2022', REASON_PLACED_CEASED: null },
    ] },
    flagged: ['PlacedAdoption:1'],
  },
  column(rule120, 'PlacedAdoption', 'REASON_PLACED_CEASED', 'RD2', 'RD9'),
  column(rule131, 'OC3', 'IN_TOUCH', 'YES', 'MAYBE'),
  column(rule132, 'OC3', 'ACTIV', 'F1', 'Z9'),
  column(rule133, 'OC3', 'ACCOM', 'B1', 'B3'),
  {
    rule: rule134,
    tables: {
      OC3: [{ CHILD: 'A', ...FULL_OC3 }, { CHILD: 'B', ...FULL_OC3 }],
      AD1: [{ CHILD: 'C', DATE_INT: '01/01/2022' }, { CHILD: 'B', DATE_INT: '01/01/2022' }],
    },
    flagged: ['AD1:1'],
  },
  column(rule141, 'Episodes', 'DECOM', '01/01/2022', '1/1/22'),
  {
    rule: rule142,
    tables: { Episodes: [
      { CHILD: 'A', DECOM: '01/05/2022', DEC: '01/06/2022', REC: 'X1' },
      { CHILD: 'A', DECOM: '01/06/2022', DEC: null, REC: null },
      { CHILD: 'B', DECOM: '01/05/2022', DEC: null, REC: null },
      { CHILD: 'B', DECOM: '01/07/2022', DEC: null, REC: null },
    ] },
    flagged: ['Episodes:2'],
  },
  column(rule143, 'Episodes', 'RNE', 'S', 'Q'),
  column(rule144, 'Episodes', 'LS', 'C2', 'Z2'),
  column(rule145, 'Episodes', 'CIN', 'N1', 'N9'),
  column(rule146Until2024, 'Episodes', 'PLACE', 'H5', 'K3'),
  column(rule146In2025, 'Episodes', 'PLACE', 'K3', 'H5'),
  column(rule146From2026, 'Episodes', 'PLACE', 'Z11', 'Z1'),
  column(rule147, 'Episodes', 'DEC', '01/01/2022', '00/01/2022'),
  {
    rule: rule148,
    tables: { Episodes: [{ DEC: '01/06/2022', REC: 'X1' }, { DEC: null, REC: 'E11' }] },
    flagged: ['Episodes:1'],
  },
  column(rule149, 'Episodes', 'REC', 'E11', 'E1'),
  { rule: rule151, tables: { AD1: [FULL_AD1, { DATE_INT: '01/01/2022' }] }, flagged: ['AD1:1'] },
  { rule: rule153, tables: { OC3: [FULL_OC3, { IN_TOUCH: 'YES' }] }, flagged: ['OC3:1'] },
  {
    rule: rule157,
    tables: {
      Episodes: [cla('A'), cla('B')],
      OC2: [
        { CHILD: 'A', DOB: '01/01/2012', SDQ_SCORE: null, SDQ_REASON: 'SDQ4' },
        { CHILD: 'B', DOB: '01/01/2012', SDQ_SCORE: null, SDQ_REASON: 'SDQ1' },
      ],
    },
    flagged: ['OC2:1'],
  },
  {
    rule: rule158,
    tables: { OC2: [
      { INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: null },
      { INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '0' },
    ] },
    flagged: ['OC2:1'],
  },
  {
    rule: rule159,
    tables: { OC2: [
      { SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' },
      { SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: null },
    ] },
    flagged: ['OC2:1'],
  },
  {
    rule: rule164,
    tables: {
      Header: [{ CHILD: 'A', UASC: '0' }, { CHILD: 'B', UASC: '0' }],
      Episodes: [{ CHILD: 'A', PL_DISTANCE: '12.5' }, { CHILD: 'B', PL_DISTANCE: '1200' }],
    },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule165,
    tables: {
      Header: [{ CHILD: 'A', SEX: '2', MOTHER: '0' }, { CHILD: 'B', SEX: '2', MOTHER: null }],
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', DEC: null, LS: 'C2' },
        { CHILD: 'B', DECOM: '01/05/2022', DEC: null, LS: 'C2' },
      ],
    },
    flagged: ['Header:1'],
  },
  column(rule166, 'Reviews', 'REVIEW', '01/01/2022', null),
  column(rule167, 'Reviews', 'REVIEW_CODE', 'PN1', 'PN9'),
  column(rule168, 'Header', 'UPN', 'A123456789012', 'I123456789012'),
  {
    rule: rule169,
    tables: { Episodes: [{ LS: 'C2', PL_LA: 'E09000001' }, { LS: 'C2', PL_LA: null }] },
    flagged: ['Episodes:1'],
  },
  column(rule171, 'Header', 'MC_DOB', '01/01/2022', '29/02/2022'),
  {
    rule: rule174Until2024,
    tables: { Header: [{ SEX: '2', MC_DOB: '01/01/2022' }, { SEX: '1', MC_DOB: '01/01/2022' }] },
    flagged: ['Header:1'],
  },
  {
    rule: rule174From2025,
    tables: { Header: [{ SEX: 'F', MC_DOB: '01/01/2024' }, { SEX: 'M', MC_DOB: '01/01/2024' }] },
    flagged: ['Header:1'],
  },
  column(rule175, 'AD1', 'NB_ADOPTR', '2', '3'),
  column(rule176, 'AD1', 'SEX_ADOPTR', 'MF', 'XY'),
  column(rule177, 'AD1', 'LS_ADOPTR', 'L2', 'L9'),
  {
    rule: rule178Until2025,
    tables: { Episodes: [{ PLACE_PROVIDER: 'PR1', PLACE: 'U1' }, { PLACE_PROVIDER: 'PR1', PLACE: 'T0' }] },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule178From2026,
    tables: { Episodes: [{ PLACE_PROVIDER: 'PR1', PLACE: 'U1' }, { PLACE_PROVIDER: 'PR1', PLACE: 'Z12' }] },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule179,
    tables: { Episodes: [{ LS: 'C2', PL_LOCATION: 'IN' }, { LS: 'C2', PL_LOCATION: 'ABROAD' }] },
    flagged: ['Episodes:1'],
  },
  column(rule180, 'OC2', 'SDQ_SCORE', '40', '41'),
  column(rule181, 'OC2', 'CONVICTED', '0', '2'),
  { rule: rule182, tables: { OC2: [CORE_OC2, { CONVICTED: '1' }] }, flagged: ['OC2:1'] },
  {
    rule: rule184,
    tables: {
      Header: [{ CHILD: 'A', DOB: '01/01/2015' }, { CHILD: 'B', DOB: '01/01/2015' }],
      PlacedAdoption: [{ CHILD: 'A', DATE_PLACED: '01/01/2016' }, { CHILD: 'B', DATE_PLACED: '01/01/2014' }],
    },
    flagged: ['PlacedAdoption:1'],
  },
  {
    rule: rule185,
    tables: { Episodes: [cla('A'), newcomer('B')], OC2: [{ CHILD: 'A', SDQ_SCORE: '10' }, { CHILD: 'B', SDQ_SCORE: '10' }] },
    flagged: ['OC2:1'],
  },
  {
    rule: rule186,
    tables: {
      Episodes: [cla('A'), cla('B')],
      OC2: [{ CHILD: 'A', DOB: '01/01/2012', SDQ_SCORE: '12' }, { CHILD: 'B', DOB: '01/01/2012' }],
    },
    flagged: ['OC2:1'],
  },
  {
    rule: rule187,
    tables: {
      Episodes: [cla('A'), newcomer('B')],
      AD1: [{ CHILD: 'B', DATE_INT: '01/01/2022' }, { CHILD: 'A', DATE_INT: '01/01/2022' }],
    },
    flagged: ['AD1:1'],
  },
  {
    rule: rule188,
    tables: { OC2: [{ DOB: '01/01/2015', SDQ_SCORE: '5' }, { DOB: '01/01/2020', SDQ_SCORE: '5' }] },
    flagged: ['OC2:1'],
  },
  {
    rule: rule189,
    tables: { OC2: [{ DOB: '01/01/2010', SDQ_REASON: 'SDQ2' }, { DOB: '01/01/2004', SDQ_REASON: 'SDQ2' }] },
    flagged: ['OC2:1'],
  },
  {
    rule: rule190,
    tables: { Episodes: [cla('A'), newcomer('B')], OC2: [{ CHILD: 'A', CONVICTED: '0' }, { CHILD: 'B', CONVICTED: '0' }] },
    flagged: ['OC2:1'],
  },
  {
    rule: rule191,
    name: 'blank items, and a cohort child missing from OC2',
    tables: {
      Episodes: [cla('A'), cla('B'), cla('C')],
      OC2: [{ CHILD: 'A', ...CORE_OC2 }, { CHILD: 'B', IMMUNISATIONS: '1' }],
    },
    flagged: ['OC2:1', 'Episodes:2'],
  },
  {
    rule: rule192,
    tables: { OC2: [{ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0' }, { SUBSTANCE_MISUSE: '1' }] },
    flagged: ['OC2:1'],
  },
  {
    rule: rule193,
    tables: { OC2: [
      { SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1' },
      { SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: '1' },
    ] },
    flagged: ['OC2:1'],
  },
  column(rule196, 'OC2', 'SDQ_REASON', 'SDQ1', 'SDQ9'),
  {
    rule: rule197a,
    tables: { OC2: [{ SDQ_SCORE: '10' }, { SDQ_SCORE: '10', SDQ_REASON: 'SDQ1' }] },
    flagged: ['OC2:1'],
  },
  {
    rule: rule197B,
    tables: {
      Episodes: [cla('A'), cla('B')],
      OC2: [{ CHILD: 'A', DOB: '01/06/2018', SDQ_REASON: 'SDQ1' }, { CHILD: 'B', DOB: '01/06/2018' }],
    },
    flagged: ['OC2:1'],
  },
  {
    rule: rule198,
    tables: { Episodes: [cla('A'), newcomer('B')], OC2: [{ CHILD: 'A', SDQ_REASON: 'SDQ2' }, { CHILD: 'B', SDQ_REASON: 'SDQ2' }] },
    flagged: ['OC2:1'],
  },
  {
    rule: rule199,
    tables: { Episodes: [
      { CHILD: 'A', DECOM: '01/05/2022', REC: 'E11' },
      { CHILD: 'B', DECOM: '01/05/2022', REC: 'E11' },
      { CHILD: 'B', DECOM: '01/09/2022', REC: null },
    ] },
    flagged: ['Episodes:2'],
  },
];
