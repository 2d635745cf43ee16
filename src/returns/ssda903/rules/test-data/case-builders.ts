/**
 * Test data: builders and rows shared by the hand-written rule cases (`rule-<code>.cases.ts`). Each
 * builder makes one case from the few cells that matter: a row that passes and a row that is flagged.
 */
import type { Row } from '../../dataset.ts';
import type { Rule903 } from '../rule.ts';
import type { RuleCase } from './rule-case.ts';

/** Episodes of a child in care since before the year and still in care (in the OC2 cohort). */
export function inCareAllYear(child: string): Row {
  return { CHILD: child, DECOM: '01/01/2020', DEC: null, RNE: 'S', LS: 'C2', REC: null };
}

/** An episode of a child who started care during 2022-23 (so not in the OC2 cohort). */
export function startedInYear(child: string): Row {
  return { CHILD: child, DECOM: '01/06/2022', DEC: null, RNE: 'S', LS: 'C2', REC: null };
}

/** A one-column case: the first value passes, the second is flagged. */
export function column(rule: Rule903, table: string, field: string, good: string | null, bad: string | null): RuleCase {
  return { rule, tables: { [table]: [{ [field]: good }, { [field]: bad }] }, flagged: [`${table}:1`] };
}

export const FULL_AD1 = {
  DATE_INT: '01/01/2022',
  DATE_MATCH: '01/02/2022',
  FOSTER_CARE: '0',
  NB_ADOPTR: '2',
  SEX_ADOPTR: 'MF',
  LS_ADOPTR: 'L11',
};

export const FULL_OC3 = { IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' };

export const CORE_OC2 = { IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0' };

/** Two children A (passes) and B (flagged) compared with last year's Header. */
export function lastYear(
  rule: Rule903,
  field: string,
  now: [string, string],
  last: [string, string],
  year?: number,
): RuleCase {
  return {
    rule,
    year,
    tables: {
      Header: [
        { CHILD: 'A', [field]: now[0] },
        { CHILD: 'B', [field]: now[1] },
      ],
      Header_last: [
        { CHILD: 'A', [field]: last[0] },
        { CHILD: 'B', [field]: last[1] },
      ],
    },
    flagged: ['Header:1'],
  };
}

/** Episodes with the given fields: the first passes, the second is flagged. */
export function episodeRows(
  rule: Rule903,
  good: Record<string, string | null>,
  bad: Record<string, string | null>,
  year?: number,
): RuleCase {
  return { rule, year, tables: { Episodes: [good, bad] }, flagged: ['Episodes:1'] };
}

export const UASC_A = { CHILD: 'A', DOB: '01/06/2004' };

export const UASC_B = { CHILD: 'B', DOB: '01/06/2004' };

export const REGISTER_ENDED = { providerInfo: [{ URN: '1', REG_END: '2022-06-01' }] };

/** Rows of one table: the first passes, the second is flagged. */
export function rows(rule: Rule903, table: string, good: Row, bad: Row, year?: number): RuleCase {
  return { rule, year, tables: { [table]: [good, bad] }, flagged: [`${table}:1`] };
}

/** Children A and B with the given dates of birth and one episode each; B's episode is flagged. */
export function aged(rule: Rule903, dobs: [string, string], episode: Row, alsoHeader = false, year?: number): RuleCase {
  return {
    rule,
    year,
    tables: {
      Header: [
        { CHILD: 'A', DOB: dobs[0] },
        { CHILD: 'B', DOB: dobs[1] },
      ],
      Episodes: [
        { CHILD: 'A', ...episode },
        { CHILD: 'B', ...episode },
      ],
    },
    flagged: alsoHeader ? ['Episodes:1', 'Header:1'] : ['Episodes:1'],
  };
}

/** Child A has an episode ending `okUntil`, B one ending `tooLongUntil` (both from 1 May 2022); B is flagged. */
export function lasting(rule: Rule903, ls: string, okUntil: string, tooLongUntil: string, place?: string): RuleCase {
  const episode = { DECOM: '01/05/2022', LS: ls, ...(place ? { PLACE: place } : {}) };
  return rows(
    rule,
    'Episodes',
    { CHILD: 'A', ...episode, DEC: okUntil },
    { CHILD: 'B', ...episode, DEC: tooLongUntil },
  );
}

/** Two children whose childEpisodes are the same but for `field`: the first passes, the second is flagged. */
export function childEpisodes(
  rule: Rule903,
  good: Record<string, string | null>,
  bad: Record<string, string | null>,
): RuleCase {
  return {
    rule,
    tables: {
      Episodes: [
        { CHILD: 'A', ...good },
        { CHILD: 'B', ...bad },
      ],
    },
    flagged: ['Episodes:1'],
  };
}

/** Child A continues last year's open episode unchanged; child B's first episode differs in `field`. */
export function continuedEpisode(rule: Rule903, field: string, before: string, after: string, year?: number): RuleCase {
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
export function episodeSequence(
  rule: Rule903,
  first: Record<string, string | null>,
  good: Record<string, string | null>,
  bad: Record<string, string | null>,
): RuleCase {
  return {
    rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', DEC: '01/07/2022', ...first },
        { CHILD: 'A', DECOM: '01/07/2022', DEC: null, ...good },
        { CHILD: 'B', DECOM: '01/05/2022', DEC: '01/07/2022', ...first },
        { CHILD: 'B', DECOM: '01/07/2022', DEC: null, ...bad },
      ],
    },
    flagged: ['Episodes:3'],
  };
}

export const PLACEMENT = { LS: 'C2', PLACE: 'U1', PL_POST: 'AB1', URN: 'SC000001', PLACE_PROVIDER: 'PR1' };

/** A child in care all of 2022-23 (continuously looked after for the OC2 rules). */

/** Child A's episode and decision are consistent; child B's are not (the rule's subject). */
export function adoption(
  rule: Rule903,
  episode: Row,
  goodDecision: Row,
  badDecision: Row,
  flagged: string[],
): RuleCase {
  return {
    rule,
    tables: {
      Episodes: [
        { CHILD: 'A', ...episode },
        { CHILD: 'B', ...episode },
      ],
      PlacedAdoption: [
        { CHILD: 'A', ...goodDecision },
        { CHILD: 'B', ...badDecision },
      ],
    },
    flagged,
  };
}

/** A girl who left care in 2022-23 (child A has MOTHER recorded, child B does not). */
export function mother(rule: Rule903, female: string, year: number, dec: string): RuleCase {
  return {
    rule,
    year,
    tables: {
      Episodes: [
        { CHILD: 'A', DEC: dec, REC: 'E4A', LS: 'C2' },
        { CHILD: 'B', DEC: dec, REC: 'E4A', LS: 'C2' },
      ],
      Header: [
        { CHILD: 'A', SEX: female, MOTHER: '0' },
        { CHILD: 'B', SEX: female, MOTHER: null },
      ],
    },
    flagged: ['Episodes:1', 'Header:1'],
  };
}

export const HEADER: Row[] = [{ CHILD: 'A', DOB: '01/01/2010', SEX: '1' }];

export function notInHeader(rule: Rule903, table: string): RuleCase {
  return { rule, tables: { Header: HEADER, [table]: [{ CHILD: 'A' }, { CHILD: 'B' }] }, flagged: [`${table}:1`] };
}

export function headerMismatch(rule: Rule903, table: string, column: string, bad: string): RuleCase {
  const good = HEADER[0]![column] ?? null;
  return {
    rule,
    tables: {
      Header: HEADER,
      [table]: [
        { CHILD: 'A', [column]: good },
        { CHILD: 'A', [column]: bad },
      ],
    },
    flagged: [`${table}:1`],
  };
}

export function repeated(rule: Rule903, table: string): RuleCase {
  return {
    rule,
    tables: { [table]: [{ CHILD: 'A' }, { CHILD: 'B' }, { CHILD: 'B' }] },
    flagged: [`${table}:1`, `${table}:2`],
  };
}

/** DoLO overlapping an episode of child A (placement `good`) and child B (placement `bad`). */
export function doloPlacement(rule: Rule903, good: string, bad: string): RuleCase {
  return {
    rule,
    tables: {
      DoLo: [
        { CHILD: 'A', DOLO_START: '01/06/2026', DOLO_END: '01/08/2026' },
        { CHILD: 'B', DOLO_START: '01/06/2026', DOLO_END: '01/08/2026' },
      ],
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2026', DEC: null, PLACE: good },
        { CHILD: 'B', DECOM: '01/05/2026', DEC: null, PLACE: bad },
      ],
    },
    flagged: ['DoLo:1', 'Episodes:1'],
  };
}

export function sw(rule: Rule903, good: Row, bad: Row, year?: number): RuleCase {
  return { rule, ...(year ? { year } : {}), tables: { SWEpisodes: [good, bad] }, flagged: ['SWEpisodes:1'] };
}

/** Child A's two social worker episodes are fine; child B's second shows the fault (row 3 flagged). */
export function sequence(rule: Rule903, first: Row, good: Row, bad: Row, year?: number): RuleCase {
  return {
    rule,
    ...(year ? { year } : {}),
    tables: {
      SWEpisodes: [
        { CHILD: 'A', ...first },
        { CHILD: 'A', ...good },
        { CHILD: 'B', ...first },
        { CHILD: 'B', ...bad },
      ],
    },
    flagged: ['SWEpisodes:3'],
  };
}

/** Last year's open social worker episode continuedSocialWorker by child A and changed by child B. */
export function continuedSocialWorker(rule: Rule903, column: string, before: string, after: string): RuleCase {
  const open = (child: string): Row => ({
    CHILD: child,
    SW_ID: 'SW1',
    SW_DECOM: '01/01/2024',
    SW_DEC: null,
    SW_REASON: 'OTHERS',
  });
  return {
    rule,
    year: 2025,
    tables: {
      SWEpisodes: [
        { ...open('A'), [column]: before },
        { ...open('B'), [column]: after },
      ],
      SWEpisodes_last: [
        { ...open('A'), [column]: before },
        { ...open('B'), [column]: before },
      ],
    },
    flagged: ['SWEpisodes:1'],
  };
}

export const COMPLETE = { SW_ID: 'SW123', SW_DECOM: '01/06/2023', SW_REASON: 'OTHERS' };

/** A child looked after at 31 March with (A) and without (B) a social worker episode. */
export function lookedAfter(rule: Rule903, year: number): RuleCase {
  return {
    rule,
    year,
    tables: {
      Episodes: [
        { CHILD: 'A', DEC: null, LS: 'C2' },
        { CHILD: 'B', DEC: null, LS: 'C2' },
      ],
      SWEpisodes: [{ CHILD: 'A', ...COMPLETE }],
    },
    flagged: ['Episodes:1'],
  };
}
