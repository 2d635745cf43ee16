/**
 * The front door and child protection, as recording forms: contact and its outcome, referral and
 * decision, assessment start and authorisation with factors, CIN plan start and end, strategy
 * discussion, section 47 enquiry and initial conference, CP plan start and end, and case closure.
 * Field names follow the CIN census items they become (DfE CIN census guidance).
 */
import { z } from 'zod';
import { abuseCategory, assessmentFactor, closureReason, primaryNeed, referralSource } from '../codes/dfe-cin.ts';
import { contactOutcome } from '../codes/local.ts';
import type { Db } from '../store/db.ts';
import type { ChildTarget } from './child-findings.ts';
import { defineEventKind, type Guard } from './event-kind.ts';
import { codeField, codeSetField, dateField, formField, recordIdField, yesNoField } from './form-fields.ts';
import { childRow, insertChildRow, newRecordId, updateChildRow } from './rows.ts';

/** The referral (episode of need) an event belongs to must be the child's own. */
async function referralOf(tx: Db, target: ChildTarget, referralId: string): Promise<void> {
  await childRow(tx, target, 'referral', referralId, 'referralId');
}

/** A guard that an end date is not before the start date of the row it ends (a CHECK in the store too). */
function endNotBeforeStart<Input extends Record<string, unknown>>(
  spec: Pick<Guard<Input>, 'returnName' | 'code' | 'message' | 'field'> & {
    table: string;
    idField: keyof Input & string;
    startColumn: string;
  },
): Guard<Input> {
  return {
    ...spec,
    async breaks(tx, target, input) {
      const row = await childRow<Record<string, string>>(
        tx,
        target,
        spec.table,
        String(input[spec.idField]),
        spec.idField,
      );
      return String(input[spec.field]) < row[spec.startColumn]!;
    },
  };
}

export const contact = defineEventKind({
  kind: 'contact',
  title: 'Contact and its outcome',
  schema: z.object({
    contactDate: dateField('the date of the contact'),
    source: codeField(referralSource, 'who made the contact'),
    outcome: codeField(contactOutcome, 'the outcome of the contact'),
    outcomeDate: dateField('the date of the outcome').optional(),
  }),
  dateField: 'contactDate',
  fields: {},
  apply: (tx, target, input) =>
    insertChildRow(tx, target, 'contact', {
      id: newRecordId('CT'),
      contact_date: input.contactDate,
      source: input.source,
      outcome: input.outcome,
      outcome_date: input.outcomeDate ?? null,
    }),
});

export const referral = defineEventKind({
  kind: 'referral',
  title: 'Referral and decision',
  schema: z.object({
    referralDate: dateField('the date of the referral'),
    source: codeField(referralSource, 'the source of the referral'),
    decisionDate: dateField('the date of the decision').optional(),
    primaryNeed: codeField(primaryNeed, 'the primary need').optional(),
    noFurtherAction: yesNoField('the referral needs no further action').default(false),
    contactId: recordIdField('the contact', 'contact').optional(),
  }),
  dateField: 'referralDate',
  fields: {
    CINreferralDate: 'referralDate',
    ReferralSource: 'source',
    PrimaryNeedCode: 'primaryNeed',
    ReferralNFA: 'noFurtherAction',
  },
  async apply(tx, target, input) {
    if (input.contactId !== undefined) await childRow(tx, target, 'contact', input.contactId, 'contactId');
    return insertChildRow(tx, target, 'referral', {
      id: newRecordId('R'),
      contact_id: input.contactId ?? null,
      referral_date: input.referralDate,
      source: input.source,
      decision_date: input.decisionDate ?? null,
      primary_need: input.primaryNeed ?? null,
      nfa: input.noFurtherAction,
      closure_date: null,
      closure_reason: null,
    });
  },
});

export const assessmentStart = defineEventKind({
  kind: 'assessment-start',
  title: 'Assessment started',
  schema: z.object({
    referralId: recordIdField('the referral', 'referral'),
    startDate: dateField('the date the assessment started'),
  }),
  dateField: 'startDate',
  fields: { AssessmentActualStartDate: 'startDate' },
  async apply(tx, target, input) {
    await referralOf(tx, target, input.referralId);
    return insertChildRow(tx, target, 'assessment', {
      id: newRecordId('A'),
      referral_id: input.referralId,
      start_date: input.startDate,
      child_seen_date: null,
      authorised_date: null,
      factors: [],
      needs_services: null,
    });
  },
});

export const assessmentAuthorisation = defineEventKind({
  kind: 'assessment-authorisation',
  title: 'Assessment authorised, with its factors',
  schema: z.object({
    assessmentId: recordIdField('the assessment', 'assessment'),
    authorisedDate: dateField('the date the assessment was authorised'),
    factors: codeSetField(assessmentFactor, 'the factors identified at the end of assessment').default([]),
    needsServices: yesNoField('the child needs services').optional(),
  }),
  dateField: 'authorisedDate',
  fields: { AssessmentAuthorisationDate: 'authorisedDate', AssessmentFactors: 'factors', AssessmentFactor: 'factors' },
  apply: (tx, target, input) =>
    updateChildRow(
      tx,
      target,
      'assessment',
      input.assessmentId,
      {
        authorised_date: input.authorisedDate,
        factors: [...new Set(input.factors)].sort(),
        needs_services: input.needsServices ?? null,
      },
      'assessmentId',
    ),
});

export const cinPlanStart = defineEventKind({
  kind: 'cin-plan-start',
  title: 'Child in need plan started',
  schema: z.object({
    referralId: recordIdField('the referral', 'referral'),
    startDate: dateField('the date the plan started'),
  }),
  dateField: 'startDate',
  fields: { CINPlanStartDate: 'startDate' },
  async apply(tx, target, input) {
    await referralOf(tx, target, input.referralId);
    return insertChildRow(tx, target, 'cin_plan', {
      id: newRecordId('CIN'),
      referral_id: input.referralId,
      start_date: input.startDate,
      end_date: null,
    });
  },
});

export const cinPlanEnd = defineEventKind({
  kind: 'cin-plan-end',
  title: 'Child in need plan ended',
  schema: z.object({ planId: recordIdField('the plan', 'cin_plan'), endDate: dateField('the date the plan ended') }),
  dateField: 'endDate',
  fields: { CINPlanEndDate: 'endDate' },
  guards: [
    endNotBeforeStart({
      returnName: 'cin',
      code: '4011',
      message: 'CIN Plan End Date earlier than Start Date',
      field: 'endDate',
      table: 'cin_plan',
      idField: 'planId',
      startColumn: 'start_date',
    }),
  ],
  apply: (tx, target, input) =>
    updateChildRow(tx, target, 'cin_plan', input.planId, { end_date: input.endDate }, 'planId'),
});

export const strategyDiscussion = defineEventKind({
  kind: 'strategy-discussion',
  title: 'Strategy discussion',
  schema: z.object({
    referralId: recordIdField('the referral', 'referral'),
    discussionDate: dateField('the date of the strategy discussion'),
    s47Decided: yesNoField('a section 47 enquiry was decided'),
  }),
  dateField: 'discussionDate',
  fields: {},
  async apply(tx, target, input) {
    await referralOf(tx, target, input.referralId);
    return insertChildRow(tx, target, 'strategy_discussion', {
      id: newRecordId('SD'),
      referral_id: input.referralId,
      discussion_date: input.discussionDate,
      s47_decided: input.s47Decided,
    });
  },
});

export const s47Enquiry = defineEventKind({
  kind: 's47-enquiry',
  title: 'Section 47 enquiry',
  schema: z.object({
    referralId: recordIdField('the referral', 'referral'),
    strategyDiscussionId: recordIdField('the strategy discussion', 'strategy_discussion').optional(),
    startDate: dateField('the date the enquiry started'),
    endDate: dateField('the date the enquiry ended').optional(),
    conferenceTargetDate: dateField('the target date for the initial conference').optional(),
    conferenceNotRequired: yesNoField('an initial conference is not required').default(false),
  }),
  dateField: 'startDate',
  fields: {
    S47ActualStartDate: 'startDate',
    InitialCPCtarget: 'conferenceTargetDate',
    ICPCnotRequired: 'conferenceNotRequired',
  },
  async apply(tx, target, input) {
    await referralOf(tx, target, input.referralId);
    if (input.strategyDiscussionId !== undefined)
      await childRow(tx, target, 'strategy_discussion', input.strategyDiscussionId, 'strategyDiscussionId');
    return insertChildRow(tx, target, 's47_enquiry', {
      id: newRecordId('S47'),
      referral_id: input.referralId,
      strategy_discussion_id: input.strategyDiscussionId ?? null,
      start_date: input.startDate,
      end_date: input.endDate ?? null,
      icpc_target_date: input.conferenceTargetDate ?? null,
      icpc_not_required: input.conferenceNotRequired,
    });
  },
});

export const initialConference = defineEventKind({
  kind: 'initial-conference',
  title: 'Initial child protection conference',
  schema: z.object({
    s47EnquiryId: recordIdField('the section 47 enquiry', 's47_enquiry'),
    conferenceDate: dateField('the date of the conference'),
    planMade: yesNoField('a child protection plan was made'),
  }),
  dateField: 'conferenceDate',
  fields: { DateOfInitialCPC: 'conferenceDate' },
  async apply(tx, target, input) {
    await childRow(tx, target, 's47_enquiry', input.s47EnquiryId, 's47EnquiryId');
    return insertChildRow(tx, target, 'initial_conference', {
      id: newRecordId('ICPC'),
      s47_enquiry_id: input.s47EnquiryId,
      conference_date: input.conferenceDate,
      plan_made: input.planMade,
    });
  },
});

export const cpPlanStart = defineEventKind({
  kind: 'cp-plan-start',
  title: 'Child protection plan started',
  schema: z.object({
    referralId: recordIdField('the referral', 'referral'),
    initialConferenceId: recordIdField('the initial conference', 'initial_conference').optional(),
    startDate: dateField('the date the plan started'),
    category: codeField(abuseCategory, 'the category of abuse'),
    previousPlans: formField(
      z
        .number({ error: 'Enter the number of previous plans' })
        .int()
        .min(0, { error: 'The number of previous plans cannot be negative' }),
      { label: 'the number of previous child protection plans', input: 'number' },
    ).default(0),
  }),
  dateField: 'startDate',
  fields: {
    CPPstartDate: 'startDate',
    InitialCategoryOfAbuse: 'category',
    LatestCategoryOfAbuse: 'category',
    NumberOfPreviousCPP: 'previousPlans',
  },
  async apply(tx, target, input) {
    await referralOf(tx, target, input.referralId);
    if (input.initialConferenceId !== undefined)
      await childRow(tx, target, 'initial_conference', input.initialConferenceId, 'initialConferenceId');
    return insertChildRow(tx, target, 'cp_plan', {
      id: newRecordId('CPP'),
      referral_id: input.referralId,
      initial_conference_id: input.initialConferenceId ?? null,
      start_date: input.startDate,
      end_date: null,
      initial_category: input.category,
      latest_category: input.category,
      previous_plans: input.previousPlans,
    });
  },
});

export const cpPlanEnd = defineEventKind({
  kind: 'cp-plan-end',
  title: 'Child protection plan ended',
  schema: z.object({ planId: recordIdField('the plan', 'cp_plan'), endDate: dateField('the date the plan ended') }),
  dateField: 'endDate',
  fields: { CPPendDate: 'endDate' },
  guards: [
    endNotBeforeStart({
      returnName: 'cin',
      code: '8925',
      message: 'Child Protection Plan End Date earlier than Start Date',
      field: 'endDate',
      table: 'cp_plan',
      idField: 'planId',
      startColumn: 'start_date',
    }),
  ],
  apply: (tx, target, input) =>
    updateChildRow(tx, target, 'cp_plan', input.planId, { end_date: input.endDate }, 'planId'),
});

export const caseClosure = defineEventKind({
  kind: 'case-closure',
  title: 'Case closed',
  schema: z.object({
    referralId: recordIdField('the referral', 'referral'),
    closureDate: dateField('the date the case closed'),
    reason: codeField(closureReason, 'the reason for closure'),
  }),
  dateField: 'closureDate',
  fields: { CINclosureDate: 'closureDate', ReasonForClosure: 'reason' },
  guards: [
    endNotBeforeStart({
      returnName: 'cin',
      code: '8630',
      message: 'CIN Closure Date is before CIN Referral Date for the same CIN episode',
      field: 'closureDate',
      table: 'referral',
      idField: 'referralId',
      startColumn: 'referral_date',
    }),
  ],
  apply: (tx, target, input) =>
    updateChildRow(
      tx,
      target,
      'referral',
      input.referralId,
      { closure_date: input.closureDate, closure_reason: input.reason },
      'referralId',
    ),
});

export const NEED_EVENTS = [
  contact,
  referral,
  assessmentStart,
  assessmentAuthorisation,
  cinPlanStart,
  cinPlanEnd,
  strategyDiscussion,
  s47Enquiry,
  initialConference,
  cpPlanStart,
  cpPlanEnd,
  caseClosure,
] as const;
