/**
 * Maps a validated SSDA903 return into the record store. The child key is CHILD (the council's own
 * id, the same as the CIN census LAchildID), so a child in both returns is one child. Episodes give
 * periods of care and placements (care-from-episodes.ts); each table is matched on its natural key
 * (episode: child + DECOM; review: child + REVIEW; missing: child + MIS_START + MISSING, RETURNS.md
 * 1.3) so a re-import changes nothing and a later return updates what changed. Rows of a child in the
 * return that fall in its year but are no longer in it (a corrected DECOM, a deleted review) go.
 * SWEpisodes become social worker allocations (import-social-workers.ts); Episodes become care in
 * import-903-care.ts, AD1 and PlacedAdoption the adoption row in import-903-adoption.ts.
 */
import type { Dataset903 } from '../ssda903/dataset.ts';
import { birthdayInYear } from '../../calendar/birthdays.ts';
import {
  booleanFromCell,
  cellText as text,
  integerFromCell,
  isoFromCell,
  storeSex,
  UPN_PATTERN,
  UPN_UNKNOWN,
} from './codes.ts';
import { keepLaterEnd, keepWhenBlank } from './as-at.ts';
import { importSocialWorkers } from './import-social-workers.ts';
import { importAdoption } from './import-903-adoption.ts';
import { importCare } from './import-903-care.ts';
import { byChild, deleteStale } from './import-903-rows.ts';
import { ImportRun, type ImportContext, type ImportCounts, type ReturnScope } from './import-context.ts';
import { existingIds, keyOf, type StoreRow } from './upsert.ts';

/** The tables a 903 import writes (team, worker and allocation from SWEpisodes), for progress. */
const TABLES_WRITTEN = 14;

export async function import903(context: ImportContext, dataset: Dataset903): Promise<ImportCounts> {
  const { db, laCode } = context;
  const { current } = dataset;
  const { collectionStart, collectionEnd, year } = dataset.meta;
  const run = new ImportRun(context, TABLES_WRITTEN);
  const uasc = new Map((current.UASC ?? []).map((row) => [text(row, 'CHILD') ?? '', row]));
  const children: StoreRow[] = [];
  for (const row of current.Header ?? []) {
    const id = text(row, 'CHILD');
    const sex = storeSex(text(row, 'SEX'));
    const dob = isoFromCell(text(row, 'DOB'));
    const ethnicity = text(row, 'ETHNIC');
    if (id === null || sex === null || dob === null || ethnicity === null) {
      run.leaveOut('Header', row, id, headerProblem(id, sex, dob, ethnicity));
      continue;
    }
    const upn = text(row, 'UPN');
    const uascRow = uasc.get(id);
    children.push(
      run.tag(
        {
          la_code: laCode,
          id,
          sex,
          ethnicity,
          date_of_birth: dob,
          upn: upn !== null && UPN_PATTERN.test(upn) ? upn.toUpperCase() : null,
          upn_unknown: upn !== null && UPN_UNKNOWN.test(upn) ? upn : null,
          uasc: uascRow !== undefined,
          uasc_ceased: uascRow === undefined ? null : isoFromCell(text(uascRow, 'DUC')),
          mother_of_child: sex === 'F' ? booleanFromCell(text(row, 'MOTHER')) : null,
          first_child_birth: sex === 'F' ? isoFromCell(text(row, 'MC_DOB')) : null,
        },
        row,
      ),
    );
  }
  await run.upsert(
    'child',
    children,
    ['la_code', 'id'],
    [
      'sex',
      'ethnicity',
      'date_of_birth',
      'upn',
      'upn_unknown',
      'uasc',
      'uasc_ceased',
      'mother_of_child',
      'first_child_birth',
    ],
    // The UASC table lists the year's unaccompanied children: one not in it may have been in an earlier
    // year, so absence does not clear the flag. MOTHER is given only for girls in full-time care.
    { uasc: 'NOT EXCLUDED.uasc', ...keepWhenBlank('uasc_ceased', 'mother_of_child', 'first_child_birth') },
  );
  const known = new Set(
    children.map((c) => c['id'] as string).filter((id) => !context.leftOut?.isLeftOut('child', laCode, id)),
  );
  const ids = [...known];
  await run.historyFrom(ids, collectionStart);
  leaveOutRowsOfUnknownChildren(run, current, known);
  const scope: ReturnScope = { yearStart: collectionStart, yearEnd: collectionEnd, known, children: ids };
  const dobs = new Map(children.map((c) => [c['id'] as string, c['date_of_birth'] as string]));

  const periodIdsByChildStart = await importCare(run, scope, byChild(current.Episodes, known));

  const reviews = [...byChild(current.Reviews, known)].flatMap(([child, rows]) =>
    rows.flatMap((row) => {
      const date = isoFromCell(text(row, 'REVIEW'));
      const code = text(row, 'REVIEW_CODE');
      if (date === null || code === null) {
        run.leaveOut('Reviews', row, child, date === null ? 'REVIEW is not a date' : 'REVIEW_CODE is blank');
        return [];
      }
      return [
        run.tag(
          { la_code: laCode, id: `${child}-RV-${date}`, child_id: child, review_date: date, participation: code },
          row,
        ),
      ];
    }),
  );
  const reviewCounts = await run.upsert(
    'cla_review',
    reviews,
    ['la_code', 'child_id', 'review_date'],
    ['participation'],
  );
  reviewCounts.deleted = await deleteStale(
    run,
    scope,
    'cla_review',
    'review_date',
    reviews.map((r) => keyOf(r.child_id, r.review_date)),
  );

  const missing = [...byChild(current.Missing, known)].flatMap(([child, rows]) =>
    rows.flatMap((row) => {
      const start = isoFromCell(text(row, 'MIS_START'));
      const kind = text(row, 'MISSING');
      if (start === null || (kind !== 'M' && kind !== 'A')) {
        run.leaveOut('Missing', row, child, start === null ? 'MIS_START is not a date' : 'MISSING is not M or A');
        return [];
      }
      if (isoFromCell(text(row, 'MIS_END')) === null && text(row, 'MIS_END') !== null) {
        // Only an import accepting errors gets here: the rules refuse such a date otherwise.
        run.leaveOut(
          'Missing',
          row,
          child,
          'MIS_END is not a date: kept without it, the child would read as still missing',
        );
        if (run.context.leftOut !== undefined) return [];
      }
      return [
        run.tag(
          {
            la_code: laCode,
            id: `${child}-MS-${kind}-${start}`,
            child_id: child,
            kind,
            start_date: start,
            end_date: isoFromCell(text(row, 'MIS_END')),
          },
          row,
        ),
      ];
    }),
  );
  await run.upsert(
    'missing_episode',
    missing,
    ['la_code', 'child_id', 'start_date', 'kind'],
    ['end_date'],
    keepLaterEnd('missing_episode', 'end_date', [], collectionEnd),
  );

  const outcomes = [...byChild(current.OC2, known)].map(([child, rows]) => {
    const row = rows[0];
    const flag = (column: string) => booleanFromCell(text(row, column));
    const score = integerFromCell(text(row, 'SDQ_SCORE'));
    return {
      la_code: laCode,
      child_id: child,
      year,
      sdq_score: score !== null && score >= 0 && score <= 40 ? score : null,
      sdq_reason: text(row, 'SDQ_REASON'),
      convicted: flag('CONVICTED'),
      health_check: flag('HEALTH_CHECK'),
      immunisations: flag('IMMUNISATIONS'),
      teeth_check: flag('TEETH_CHECK'),
      health_assessment: flag('HEALTH_ASSESSMENT'),
      substance_misuse: flag('SUBSTANCE_MISUSE'),
      intervention_received: flag('INTERVENTION_RECEIVED'),
      intervention_offered: flag('INTERVENTION_OFFERED'),
    };
  });
  await run.upsert(
    'health_outcome',
    outcomes,
    ['la_code', 'child_id', 'year'],
    [
      'sdq_score',
      'sdq_reason',
      'convicted',
      'health_check',
      'immunisations',
      'teeth_check',
      'health_assessment',
      'substance_misuse',
      'intervention_received',
      'intervention_offered',
    ],
  );

  // The OC3 status is the contact around the young person's birthday in the year: one the store already
  // has for that birthday is updated (keeping its date), otherwise one is added dated on the birthday.
  const contactIds = await existingIds(db, 'care_leaver_contact', laCode, ids, ['child_id', 'birthday_age']);
  const leaverContacts = [...byChild(current.OC3, known)].flatMap(([child, rows]) => {
    const birthday = birthdayInYear(dobs.get(child), collectionStart, collectionEnd);
    const row = rows[0];
    const inTouch = text(row, 'IN_TOUCH');
    if (birthday === null || inTouch === null) return [];
    const id = contactIds.get(keyOf(child, String(birthday.age))) ?? `${child}-OC3-${year}`;
    return [
      {
        la_code: laCode,
        id,
        child_id: child,
        contact_date: birthday.date,
        birthday_age: birthday.age,
        in_touch: inTouch,
        activity: text(row, 'ACTIV'),
        accommodation: text(row, 'ACCOM'),
      },
    ];
  });
  await run.upsert(
    'care_leaver_contact',
    leaverContacts,
    ['la_code', 'id'],
    ['birthday_age', 'in_touch', 'activity', 'accommodation'],
  );

  await importAdoption(run, scope, dataset, periodIdsByChildStart);

  const prevPerm = [...byChild(current.PrevPerm, known)].flatMap(([child, rows]) => {
    const option = text(rows[0], 'PREV_PERM');
    return option === null
      ? []
      : [
          {
            la_code: laCode,
            child_id: child,
            option,
            order_la: text(rows[0], 'LA_PERM'),
            order_date: isoFromCell(text(rows[0], 'DATE_PERM')),
          },
        ];
  });
  await run.upsert('previous_permanence', prevPerm, ['la_code', 'child_id'], ['option', 'order_la', 'order_date']);

  const doloIds = await existingIds(db, 'dolo', laCode, ids, ['child_id', 'start_date']);
  const dolos = [...byChild(current.DoLo, known)].flatMap(([child, rows]) =>
    rows.flatMap((row) => {
      const start = isoFromCell(text(row, 'DOLO_START'));
      if (start === null) return [];
      return [
        {
          la_code: laCode,
          id: doloIds.get(keyOf(child, start)) ?? `${child}-DOLO-${start}`,
          child_id: child,
          start_date: start,
          end_date: isoFromCell(text(row, 'DOLO_END')),
        },
      ];
    }),
  );
  await run.upsert('dolo', dolos, ['la_code', 'id'], ['end_date']);
  await importSocialWorkers(run, scope, current.SWEpisodes);
  return run.finish();
}

/** Why a Header row cannot become a child: the store needs an id, a sex, a date of birth and an ethnicity. */
function headerProblem(id: string | null, sex: string | null, dob: string | null, ethnicity: string | null): string {
  if (id === null) return 'CHILD is blank';
  if (sex === null) return 'SEX is not a code the store knows';
  if (dob === null) return 'DOB is not a date';
  return ethnicity === null ? 'ETHNIC is blank' : 'cannot be stored';
}

/** Rows of children the store does not hold (no Header row, or one left out) go with a reason. */
function leaveOutRowsOfUnknownChildren(
  run: ImportRun,
  tables: Dataset903['current'],
  known: ReadonlySet<string>,
): void {
  if (run.context.leftOut === undefined) return;
  // Children whose Header row was left out before it became a child row.
  const headerless = new Set(
    (tables.Header ?? []).map((row) => text(row, 'CHILD')).filter((id): id is string => id !== null),
  );
  for (const [table, rows] of Object.entries(tables)) {
    if (table === 'Header') continue;
    for (const row of rows ?? []) {
      const child = text(row, 'CHILD');
      if (child === null || known.has(child)) continue;
      const childLeftOut = run.context.leftOut.isLeftOut('child', run.laCode, child) || headerless.has(child);
      run.leaveOut(
        table,
        row,
        child,
        childLeftOut ? 'left out with its child, whose Header row was left out' : 'the child has no Header row',
      );
    }
  }
}
