/** Hand-written cases for rules 406-504 (2022-23 dates unless the rule starts later); see rules-b.test.ts. */
import type { RuleCase } from './rules-a-case.ts';
import type { Rule903 } from './rule.ts';
import { rule406 } from './rule-406.ts';
import { rule407 } from './rule-407.ts';
import { rule408 } from './rule-408.ts';
import { rule411 } from './rule-411.ts';
import { rule420 } from './rule-420.ts';
import { rule426 } from './rule-426.ts';
import { rule431 } from './rule-431.ts';
import { rule432 } from './rule-432.ts';
import { rule433 } from './rule-433.ts';
import { rule434 } from './rule-434.ts';
import { rule435 } from './rule-435.ts';
import { rule436 } from './rule-436.ts';
import { rule437 } from './rule-437.ts';
import { rule440 } from './rule-440.ts';
import { rule441 } from './rule-441.ts';
import { rule442 } from './rule-442.ts';
import { rule444 } from './rule-444.ts';
import { rule445 } from './rule-445.ts';
import { rule446 } from './rule-446.ts';
import { rule451 } from './rule-451.ts';
import { rule452 } from './rule-452.ts';
import { rule453 } from './rule-453.ts';
import { rule454 } from './rule-454.ts';
import { rule460 } from './rule-460.ts';
import { rule501 } from './rule-501.ts';
import { rule502 } from './rule-502.ts';
import { rule503A } from './rule-503A.ts';
import { rule503B } from './rule-503B.ts';
import { rule503C } from './rule-503C.ts';
import { rule503D, rule503DFrom2026, rule503DIn2025 } from './rule-503D.ts';
import { rule503E } from './rule-503E.ts';
import { rule503F } from './rule-503F.ts';
import { rule503G } from './rule-503G.ts';
import { rule503H } from './rule-503H.ts';
import { rule503J } from './rule-503J.ts';
import { rule504 } from './rule-504.ts';

/** Two children whose episodes are the same but for `field`: the first passes, the second is flagged. */
function episodes(rule: Rule903, good: Record<string, string | null>, bad: Record<string, string | null>): RuleCase {
  return { rule, tables: { Episodes: [{ CHILD: 'A', ...good }, { CHILD: 'B', ...bad }] }, flagged: ['Episodes:1'] };
}

/** Child A continues last year's open episode unchanged; child B's first episode differs in `field`. */
function continued(rule: Rule903, field: string, before: string, after: string, year?: number): RuleCase {
  const last = (child: string) => ({ CHILD: child, DECOM: '01/01/2022', DEC: null, RNE: 'S', [field]: before });
  return {
    rule,
    ...(year ? { year } : {}),
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/01/2022', DEC: null, RNE: 'S', [field]: before },
        { CHILD: 'B', DECOM: '01/01/2022', DEC: null, RNE: 'S', [field]: after },
      ],
      Episodes_last: [last('A'), last('B')],
    },
    flagged: ['Episodes:1'],
  };
}

/** Child A's second episode is a correct continuation; child B's repeats the mistake the rule catches. */
function pair(
  rule: Rule903,
  first: Record<string, string | null>,
  good: Record<string, string | null>,
  bad: Record<string, string | null>,
): RuleCase {
  return {
    rule,
    tables: { Episodes: [
      { CHILD: 'A', DECOM: '01/05/2022', DEC: '01/07/2022', ...first },
      { CHILD: 'A', DECOM: '01/07/2022', DEC: null, ...good },
      { CHILD: 'B', DECOM: '01/05/2022', DEC: '01/07/2022', ...first },
      { CHILD: 'B', DECOM: '01/07/2022', DEC: null, ...bad },
    ] },
    flagged: ['Episodes:3'],
  };
}

const PLACEMENT = { LS: 'C2', PLACE: 'U1', PL_POST: 'AB1', URN: 'SC000001', PLACE_PROVIDER: 'PR1' };

export const cases400s: RuleCase[] = [
  {
    rule: rule406,
    tables: {
      Header: [{ CHILD: 'A', UASC: '0' }, { CHILD: 'B', UASC: '1' }],
      Episodes: [{ CHILD: 'A', PL_DISTANCE: '12.0' }, { CHILD: 'B', PL_DISTANCE: '12.0' }],
    },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule407,
    tables: {
      Header: [{ CHILD: 'A', DOB: '01/01/2006' }, { CHILD: 'B', DOB: '01/01/2004' }],
      Episodes: [{ CHILD: 'A', DEC: '01/06/2022', REC: 'E45' }, { CHILD: 'B', DEC: '01/06/2022', REC: 'E45' }],
    },
    flagged: ['Episodes:1', 'Header:1'],
  },
  episodes(rule408, { PLACE: 'A5', LS: 'E1' }, { PLACE: 'A5', LS: 'C2' }),
  {
    rule: rule411,
    meta: { laCode: '800' },
    tables: { Episodes: [{ PL_LOCATION: 'IN', PL_LA: '800' }, { PL_LOCATION: 'IN', PL_LA: '801' }] },
    flagged: ['Episodes:1'],
  },
  episodes(rule420, { LS: 'V3', PL_LA: null }, { LS: 'V3', PL_LA: '800' }),
  {
    rule: rule426,
    tables: { Episodes: [
      { CHILD: 'A', LS: 'V3' }, { CHILD: 'A', LS: 'V3' }, { CHILD: 'B', LS: 'V3' }, { CHILD: 'B', LS: 'V4' },
    ] },
    flagged: ['Episodes:2', 'Episodes:3'],
  },
  pair(rule431, {}, { RNE: 'P' }, { RNE: 'S' }),
  pair(rule432, { REC: 'E4A' }, { RNE: 'S' }, { RNE: 'P' }),
  {
    rule: rule433,
    tables: { Episodes: [
      { CHILD: 'A', DECOM: '01/05/2022', DEC: '01/07/2022' },
      { CHILD: 'A', DECOM: '01/07/2022', DEC: null, RNE: 'P' },
      { CHILD: 'B', DECOM: '01/05/2022', DEC: '01/07/2022' },
      { CHILD: 'B', DECOM: '05/07/2022', DEC: null, RNE: 'P' },
    ] },
    flagged: ['Episodes:3'],
  },
  pair(rule434, PLACEMENT, { ...PLACEMENT, RNE: 'L', LS: 'E1' }, { ...PLACEMENT, RNE: 'L', LS: 'E1', PLACE: 'U2' }),
  pair(rule435, PLACEMENT, { ...PLACEMENT, RNE: 'P', PLACE: 'U2' }, { ...PLACEMENT, RNE: 'P' }),
  pair(rule436, PLACEMENT, { ...PLACEMENT, RNE: 'B', LS: 'E1', URN: 'SC000002' }, { ...PLACEMENT, RNE: 'B', URN: 'SC000002' }),
  {
    rule: rule437,
    tables: { Episodes: [
      { CHILD: 'A', DECOM: '01/05/2022', REC: 'X1' },
      { CHILD: 'A', DECOM: '01/07/2022', REC: 'E15' },
      { CHILD: 'B', DECOM: '01/05/2022', REC: 'E15' },
      { CHILD: 'B', DECOM: '01/07/2022', REC: null },
    ] },
    flagged: ['Episodes:2'],
  },
  {
    rule: rule440,
    tables: { Reviews: [
      { DOB: '01/01/2020', REVIEW: '01/06/2022', REVIEW_CODE: 'PN0' },
      { DOB: '01/01/2017', REVIEW: '01/06/2022', REVIEW_CODE: 'PN0' },
    ] },
    flagged: ['Reviews:1'],
  },
  {
    rule: rule441,
    tables: { Reviews: [
      { DOB: '01/01/2017', REVIEW: '01/06/2022', REVIEW_CODE: 'PN1' },
      { DOB: '01/01/2020', REVIEW: '01/06/2022', REVIEW_CODE: 'PN1' },
    ] },
    flagged: ['Reviews:1'],
  },
  {
    rule: rule442,
    tables: {
      Header: [{ CHILD: 'A', UPN: null }, { CHILD: 'B', UPN: null }],
      Episodes: [{ CHILD: 'A', LS: 'V3' }, { CHILD: 'B', LS: 'C2' }],
    },
    flagged: ['Header:1'],
  },
  {
    rule: rule444,
    tables: { Header: [{ UPN: 'UN1' }, { UPN: 'UN1' }, { UPN: 'A123456789012' }, { UPN: 'A123456789012' }] },
    flagged: ['Header:2', 'Header:3'],
  },
  episodes(rule445, { LS: 'D1', DECOM: '01/11/2005' }, { LS: 'D1', DECOM: '01/05/2022' }),
  episodes(rule446, { LS: 'E1', DECOM: '01/05/2022' }, { LS: 'E1', DECOM: '01/05/2005' }),
  episodes(rule451, { LS: 'D1', DEC: '01/06/2022', REC: 'E11' }, { LS: 'D1', DEC: null, REC: null }),
  continued(rule452, 'PL_LA', '800', '801'),
  continued(rule453, 'PL_DISTANCE', '10.0', '12.5'),
  { ...episodes(rule454, { PL_DISTANCE: '999.9' }, { PL_DISTANCE: '351.0' }), year: 2026 },
  {
    rule: rule460,
    tables: {
      Header: [{ CHILD: 'A', DOB: '01/01/2004' }, { CHILD: 'B', DOB: '01/01/2005' }],
      Episodes: [{ CHILD: 'A', DEC: '01/06/2022', REC: 'E17' }, { CHILD: 'B', DEC: '01/06/2022', REC: 'E17' }],
    },
    flagged: ['Episodes:1'],
  },
  {
    rule: rule501,
    tables: { Episodes: [
      { CHILD: 'A', DECOM: '01/05/2022', DEC: '01/07/2022' },
      { CHILD: 'A', DECOM: '01/07/2022', DEC: null },
      { CHILD: 'B', DECOM: '01/05/2022', DEC: '01/07/2022' },
      { CHILD: 'B', DECOM: '20/06/2022', DEC: null },
    ] },
    flagged: ['Episodes:3'],
  },
  {
    rule: rule502,
    tables: {
      Episodes: [{ CHILD: 'A', DECOM: '01/01/2022' }, { CHILD: 'B', DECOM: '02/01/2022' }],
      Episodes_last: [{ CHILD: 'A', DECOM: '01/01/2022', DEC: null }, { CHILD: 'B', DECOM: '01/01/2022', DEC: null }],
    },
    flagged: ['Episodes:1'],
  },
  continued(rule503A, 'RNE', 'S', 'P'),
  continued(rule503B, 'LS', 'C2', 'E1'),
  continued(rule503C, 'CIN', 'N1', 'N2'),
  continued(rule503D, 'PLACE', 'U1', 'U2'),
  continued(rule503DIn2025, 'PLACE', 'H5', 'H3', 2025),
  { ...continued(rule503DIn2025, 'PLACE', 'H5', 'K3', 2025), name: 'H5 to K3 allowed in 2024-25', flagged: [] },
  continued(rule503DFrom2026, 'PLACE', 'Z1', 'U1', 2026),
  { ...continued(rule503DFrom2026, 'PLACE', 'Z1', 'Z12', 2026), name: 'Z1 to Z11-Z14 allowed', flagged: [] },
  continued(rule503E, 'PLACE_PROVIDER', 'PR1', 'PR2'),
  continued(rule503F, 'URN', 'SC000001', 'SC000002'),
  continued(rule503G, 'PL_DISTANCE', '10.0', '10.5'),
  continued(rule503H, 'PL_LA', '800', '801'),
  continued(rule503J, 'PL_LOCATION', 'IN', 'OUT'),
  pair(rule504, { REC: 'X1', CIN: 'N1' }, { CIN: 'N1' }, { CIN: 'N2' }),
];
