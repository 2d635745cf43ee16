/**
 * Care, as recording forms: becoming looked after (a period of care, its first placement and 903
 * episode), placement change and legal status change (each closes the open episode with REC X1 and
 * opens the next, as the 903 guidance counts episodes), LA review, statutory visit, missing episode and
 * return interview, and care leaver contact. Field names follow the 903 items they become.
 */
import { z } from 'zod';
import { primaryNeed } from '../codes/dfe-cin.ts';
import {
  accommodation,
  activity,
  inTouch,
  legalStatus,
  missingType,
  placementProvider,
  previousPermanence,
  placementType,
  reasonNewEpisode,
  reasonPlaceChange,
  reviewParticipation,
} from '../codes/dfe-903.ts';
import type { Db } from '../store/db.ts';
import type { ClaEpisodeRow } from '../store/rows.ts';
import type { ChildTarget } from './child-findings.ts';
import { defineEventKind, MissingRecordError, type Guard, type Written } from './event-kind.ts';
import { codeField, dateField, formField, recordIdField, yesNoField } from './form-fields.ts';
import { childRow, insertChildRow, newRecordId, updateChildRow } from './rows.ts';

function postcodeField(label: string) {
  const schema = z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/, { error: 'Enter a real postcode, like SW1A 1AA' });
  return formField(schema, { label, input: 'text', hint: 'For example, SW1A 1AA' });
}

/** The child's open 903 episode (looked after now), or a MissingRecordError on `field`. */
async function openEpisode(tx: Db, target: ChildTarget, field: string): Promise<ClaEpisodeRow> {
  const [episode] = await tx.query<ClaEpisodeRow>(
    'SELECT * FROM cla_episode WHERE la_code = $1 AND child_id = $2 AND end_date IS NULL ORDER BY start_date DESC LIMIT 1',
    [target.laCode, target.childId],
  );
  if (episode === undefined)
    throw new MissingRecordError(field, 'The child is not looked after: record becoming looked after first');
  return episode;
}

/**
 * 903 rule 356: an episode cannot cease before it started. The change date ends the open episode,
 * so it may not be before that episode's start (the store's CHECK would refuse it without the rule).
 */
function changeNotBeforeEpisode<Input extends { changeDate: string }>(): Guard<Input> {
  return {
    returnName: '903',
    code: '356',
    field: 'changeDate',
    message: 'The date the episode ceased is before the date the same episode started.',
    async breaks(tx, target, input) {
      const episode = await openEpisode(tx, target, 'changeDate');
      return input.changeDate < episode.start_date;
    },
  };
}

/** Ends the open episode on `date` with REC X1 and opens the next one from it with `next`. */
async function nextEpisode(
  tx: Db,
  target: ChildTarget,
  date: string,
  next: Partial<ClaEpisodeRow> & Pick<ClaEpisodeRow, 'reason_new'>,
): Promise<Written> {
  const current = await openEpisode(tx, target, 'changeDate');
  await updateChildRow(tx, target, 'cla_episode', current.id, { end_date: date, reason_ceased: 'X1' }, 'changeDate');
  const { la_code: _la, child_id: _child, id: _id, end_date: _end, reason_ceased: _rec, ...kept } = current;
  return insertChildRow(tx, target, 'cla_episode', {
    ...kept,
    reason_place_change: null,
    ...next,
    id: newRecordId('EP'),
    start_date: date,
    end_date: null,
    reason_ceased: null,
  });
}

/** The kinds of statutory visit (the visit table's kind), named as practice names them. */
const VISIT_KINDS = [
  { code: 'cin', label: 'Child in need' },
  { code: 'cp', label: 'Child protection' },
  { code: 'cla', label: 'Child looked after' },
  { code: 'care_leaver', label: 'Care leaver' },
];

const placementInput = {
  placementType: codeField(placementType, 'the type of placement'),
  provider: codeField(placementProvider, 'the placement provider').optional(),
  placementPostcode: postcodeField('the postcode of the placement').optional(),
  urn: formField(z.string().trim().max(20), {
    label: "the placement's unique reference number (URN)",
    input: 'text',
    hint: 'The Ofsted URN of the home or agency, for example SC123456',
  }).optional(),
};

export const lookedAfter = defineEventKind({
  kind: 'looked-after',
  title: 'Became looked after',
  schema: z.object({
    startDate: dateField('the date the child became looked after'),
    legalStatus: codeField(legalStatus, 'the legal status'),
    categoryOfNeed: codeField(primaryNeed, 'the category of need'),
    homePostcode: postcodeField("the postcode of the child's home").optional(),
    /** 903 PREV_PERM, returned for every child who starts to be looked after (rules 630, 634). */
    previousPermanence: codeField(previousPermanence, 'whether the child had a permanence order before'),
    ...placementInput,
  }),
  dateField: 'startDate',
  fields: {
    PREV_PERM: 'previousPermanence',
    DECOM: 'startDate',
    LS: 'legalStatus',
    CIN: 'categoryOfNeed',
    PLACE: 'placementType',
    PLACE_PROVIDER: 'provider',
    HOME_POST: 'homePostcode',
    PL_POST: 'placementPostcode',
    URN: 'urn',
  },
  async apply(tx, target, input) {
    const open = await tx.query('SELECT 1 FROM care_period WHERE la_code = $1 AND child_id = $2 AND end_date IS NULL', [
      target.laCode,
      target.childId,
    ]);
    if (open.length > 0) throw new MissingRecordError('startDate', 'The child is already looked after');
    // One previous-permanence answer per child (the store's key): the latest period of care's.
    await tx.query(
      `INSERT INTO previous_permanence (la_code, child_id, option) VALUES ($1, $2, $3)
       ON CONFLICT (la_code, child_id) DO UPDATE SET option = EXCLUDED.option, order_la = NULL, order_date = NULL`,
      [target.laCode, target.childId, input.previousPermanence],
    );
    const periodId = newRecordId('CLA');
    const placementId = newRecordId('PL');
    await insertChildRow(tx, target, 'care_period', {
      id: periodId,
      start_date: input.startDate,
      end_date: null,
      short_breaks_only: ['V3', 'V4'].includes(input.legalStatus),
    });
    await insertChildRow(tx, target, 'placement', {
      id: placementId,
      care_period_id: periodId,
      start_date: input.startDate,
      end_date: null,
      placement_type: input.placementType,
      provider: input.provider ?? null,
      postcode: input.placementPostcode ?? null,
      urn: input.urn ?? null,
    });
    await insertChildRow(tx, target, 'cla_episode', {
      id: newRecordId('EP'),
      care_period_id: periodId,
      placement_id: placementId,
      start_date: input.startDate,
      reason_new: 'S',
      legal_status: input.legalStatus,
      category_of_need: input.categoryOfNeed,
      placement_type: input.placementType,
      provider: input.provider ?? null,
      home_postcode: input.homePostcode ?? null,
      placement_postcode: input.placementPostcode ?? null,
      urn: input.urn ?? null,
      end_date: null,
      reason_ceased: null,
      reason_place_change: null,
    });
    return { action: 'create', entity: 'care_period', entityId: periodId };
  },
});

export const placementChange = defineEventKind({
  kind: 'placement-change',
  title: 'Placement changed',
  schema: z.object({
    changeDate: dateField('the date of the move'),
    /** 903 RNE: P new placement, B new placement and legal status, T/U same carers. */
    reasonNew: formField(z.enum(['P', 'B', 'T', 'U'], { error: 'Select what changed' }), {
      label: 'what changed',
      input: 'code',
      codes: reasonNewEpisode.codes.filter((code) => ['P', 'B', 'T', 'U'].includes(code.code)),
    }).default('P'),
    reasonPlaceChange: codeField(reasonPlaceChange, 'the reason for the move'),
    legalStatus: codeField(legalStatus, 'the legal status').optional(),
    ...placementInput,
  }),
  dateField: 'changeDate',
  fields: {
    DECOM: 'changeDate',
    DEC: 'changeDate',
    REASON_PLACE_CHANGE: 'reasonPlaceChange',
    PLACE: 'placementType',
    PLACE_PROVIDER: 'provider',
    PL_POST: 'placementPostcode',
    URN: 'urn',
    LS: 'legalStatus',
    RNE: 'reasonNew',
  },
  guards: [changeNotBeforeEpisode()],
  async apply(tx, target, input) {
    const current = await openEpisode(tx, target, 'changeDate');
    const placementId = newRecordId('PL');
    await tx.query('UPDATE placement SET end_date = $4 WHERE la_code = $1 AND child_id = $2 AND id = $3', [
      target.laCode,
      target.childId,
      current.placement_id,
      input.changeDate,
    ]);
    await insertChildRow(tx, target, 'placement', {
      id: placementId,
      care_period_id: current.care_period_id,
      start_date: input.changeDate,
      end_date: null,
      placement_type: input.placementType,
      provider: input.provider ?? null,
      postcode: input.placementPostcode ?? null,
      urn: input.urn ?? null,
    });
    return nextEpisode(tx, target, input.changeDate, {
      reason_new: input.reasonNew,
      placement_id: placementId,
      placement_type: input.placementType,
      provider: input.provider ?? null,
      placement_postcode: input.placementPostcode ?? null,
      urn: input.urn ?? null,
      reason_place_change: input.reasonPlaceChange,
      ...(input.legalStatus ? { legal_status: input.legalStatus } : {}),
    });
  },
});

export const legalStatusChange = defineEventKind({
  kind: 'legal-status-change',
  title: 'Legal status changed',
  schema: z.object({
    changeDate: dateField('the date the legal status changed'),
    legalStatus: codeField(legalStatus, 'the new legal status'),
  }),
  dateField: 'changeDate',
  fields: { DECOM: 'changeDate', DEC: 'changeDate', LS: 'legalStatus' },
  guards: [changeNotBeforeEpisode()],
  apply: (tx, target, input) =>
    nextEpisode(tx, target, input.changeDate, { reason_new: 'L', legal_status: input.legalStatus }),
});

export const laReview = defineEventKind({
  kind: 'la-review',
  title: 'Looked after review',
  schema: z.object({
    reviewDate: dateField('the date of the review'),
    participation: codeField(reviewParticipation, 'how the child took part'),
  }),
  dateField: 'reviewDate',
  fields: { REVIEW: 'reviewDate', REVIEW_CODE: 'participation' },
  apply: (tx, target, input) =>
    insertChildRow(tx, target, 'cla_review', {
      id: newRecordId('REV'),
      review_date: input.reviewDate,
      participation: input.participation,
    }),
});

export const statutoryVisit = defineEventKind({
  kind: 'statutory-visit',
  title: 'Statutory visit',
  schema: z
    .object({
      visitDate: dateField('the date of the visit'),
      kind: formField(z.enum(['cin', 'cp', 'cla', 'care_leaver'], { error: 'Select the kind of visit' }), {
        label: 'the kind of visit',
        input: 'code',
        codes: VISIT_KINDS,
      }),
      seen: yesNoField('the child was seen'),
      seenAlone: yesNoField('the child was seen alone').default(false),
      workerId: formField(z.string().min(1).max(100), { label: 'the worker who visited', input: 'worker' }).optional(),
    })
    .refine((visit) => visit.seen || !visit.seenAlone, { error: 'A child seen alone was seen', path: ['seenAlone'] }),
  dateField: 'visitDate',
  fields: {},
  apply: (tx, target, input) =>
    insertChildRow(tx, target, 'visit', {
      id: newRecordId('V'),
      worker_id: input.workerId ?? null,
      visit_date: input.visitDate,
      kind: input.kind,
      seen: input.seen,
      seen_alone: input.seenAlone,
    }),
});

export const missingEpisode = defineEventKind({
  kind: 'missing-episode',
  title: 'Missing or away from placement',
  schema: z.object({
    kind: codeField(missingType, 'missing or away from placement'),
    startDate: dateField('the date the child went missing'),
    endDate: dateField('the date the child returned').optional(),
  }),
  dateField: 'startDate',
  fields: { MIS_START: 'startDate', MIS_END: 'endDate', MISSING: 'kind' },
  apply: (tx, target, input) =>
    insertChildRow(tx, target, 'missing_episode', {
      id: newRecordId('MIS'),
      kind: input.kind,
      start_date: input.startDate,
      end_date: input.endDate ?? null,
      rhi_offered_date: null,
      rhi_accepted: null,
    }),
});

export const returnInterview = defineEventKind({
  kind: 'return-interview',
  title: 'Return home interview',
  schema: z.object({
    missingEpisodeId: recordIdField('the missing episode', 'missing_episode'),
    offeredDate: dateField('the date the interview was offered'),
    accepted: yesNoField('the child accepted the interview'),
  }),
  dateField: 'offeredDate',
  fields: {},
  async apply(tx, target, input) {
    await childRow(tx, target, 'missing_episode', input.missingEpisodeId, 'missingEpisodeId');
    return updateChildRow(
      tx,
      target,
      'missing_episode',
      input.missingEpisodeId,
      { rhi_offered_date: input.offeredDate, rhi_accepted: input.accepted },
      'missingEpisodeId',
    );
  },
});

export const careLeaverContact = defineEventKind({
  kind: 'care-leaver-contact',
  title: 'Care leaver contact',
  schema: z.object({
    contactDate: dateField('the date of the contact'),
    birthdayAge: formField(
      z
        .number({ error: 'Enter the age at the birthday this contact is for' })
        .int()
        .min(16, { error: 'Care leaver contacts are for ages 16 to 25' })
        .max(25, { error: 'Care leaver contacts are for ages 16 to 25' }),
      { label: 'the age at the birthday this contact is for', input: 'number', hint: 'From 16 to 25' },
    ).optional(),
    inTouch: codeField(inTouch, 'whether the council is in touch'),
    activity: codeField(activity, 'the main activity').optional(),
    accommodation: codeField(accommodation, 'the accommodation').optional(),
  }),
  dateField: 'contactDate',
  fields: { IN_TOUCH: 'inTouch', ACTIV: 'activity', ACCOM: 'accommodation' },
  apply: (tx, target, input) =>
    insertChildRow(tx, target, 'care_leaver_contact', {
      id: newRecordId('CLC'),
      contact_date: input.contactDate,
      birthday_age: input.birthdayAge ?? null,
      in_touch: input.inTouch,
      activity: input.activity ?? null,
      accommodation: input.accommodation ?? null,
    }),
});

export const CARE_EVENTS = [
  lookedAfter,
  placementChange,
  legalStatusChange,
  laReview,
  statutoryVisit,
  missingEpisode,
  returnInterview,
  careLeaverContact,
] as const;
