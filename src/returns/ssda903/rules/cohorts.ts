/**
 * Cohorts the DfE rules refer to, computed from the Episodes table.
 */
import type { Dataset903 } from '../dataset.ts';
import { blank, val } from './cells.ts';
import { collectionEnd, collectionStart, dateOf } from './dates.ts';
import { groupByChild, rowsOf } from './rows.ts';

/**
 * Children looked after continuously for the 12 months to 31 March (the OC2 cohort), as the DfE
 * 903 validation guidance defines it: looked after at some point in the year, and no episode that
 * starts care in the year (RNE S after 1 April), ends care in the year (REC not X1, DEC before
 * 31 March) or is a short-break (V3/V4) episode open in the year.
 */
export function continuouslyLookedAfter(data: Dataset903): Set<string> {
  const start = collectionStart(data);
  const end = collectionEnd(data);
  const episodes = rowsOf(data, 'Episodes');
  const result = new Set<string>();
  for (const [child, indices] of groupByChild(episodes)) {
    let inCare = false;
    let broken = false;
    for (const i of indices) {
      const row = episodes[i];
      const decom = dateOf(row, 'DECOM');
      const dec = dateOf(row, 'DEC');
      const duringYear = decom !== null && decom <= end && (dec === null || dec >= start);
      const entersCare = val(row, 'RNE') === 'S' && decom !== null && decom > start && decom <= end;
      const leavesCare = val(row, 'REC') !== 'X1' && dec !== null && dec >= start && dec < end;
      const shortBreak = (val(row, 'LS') === 'V3' || val(row, 'LS') === 'V4') && duringYear;
      if (duringYear) inCare = true;
      if (entersCare || leavesCare || shortBreak) broken = true;
    }
    if (inCare && !broken) result.add(child);
  }
  return result;
}

/**
 * Children identified as unaccompanied asylum-seeking this year or last: a Header UASC flag of 1, or
 * a row in the UASC table, in either return. `known` is false when neither return says anything
 * about UASC status (no Header UASC column and no UASC table), so rules can stay silent.
 */
export function uascChildren(data: Dataset903): { known: boolean; children: Set<string> } {
  const children = new Set<string>();
  let known = false;
  for (const tables of [data.current, data.previous ?? {}]) {
    for (const row of tables.Header ?? []) {
      if (!('UASC' in row)) continue;
      known = true;
      if (val(row, 'UASC') === '1') children.add(val(row, 'CHILD') ?? '');
    }
    for (const row of tables.UASC ?? []) {
      known = true;
      const child = val(row, 'CHILD');
      if (child !== null && Object.entries(row).some(([k, v]) => k !== 'CHILD' && v !== null)) children.add(child);
    }
  }
  return { known, children };
}

/**
 * The same cohort as `continuouslyLookedAfter`, as the 543-546 checks read it: an episode whose DEC is
 * given but is not a real date does not count as care during the year (above, it counts as still open).
 * Children looked after continuously for the 12 months to 31 March, as the DfE guidance defines it:
 * in care during the year, and no episode that starts care (RNE S) in the year, ends care (REC not X1)
 * before 31 March, or is a short break (V3/V4) during the year.
 */
export function continuouslyLookedAfterReadableEnds(data: Dataset903): Set<string> {
  const start = data.meta.collectionStart;
  const end = data.meta.collectionEnd;
  const inYear = new Set<string>();
  const broken = new Set<string>();
  for (const row of rowsOf(data, 'Episodes')) {
    const child = val(row, 'CHILD');
    if (child === null) continue;
    const decom = dateOf(row, 'DECOM');
    const dec = dateOf(row, 'DEC');
    const during = decom !== null && decom <= end && (blank(row, 'DEC') || (dec !== null && dec >= start));
    const entersCare = val(row, 'RNE') === 'S' && decom !== null && decom > start && decom <= end;
    const leavesCare = val(row, 'REC') !== 'X1' && dec !== null && dec >= start && dec < end;
    const shortBreak = ['V3', 'V4'].includes(val(row, 'LS') ?? '') && during;
    if (during) inYear.add(child);
    if (entersCare || leavesCare || shortBreak) broken.add(child);
  }
  return new Set([...inYear].filter((child) => !broken.has(child)));
}
