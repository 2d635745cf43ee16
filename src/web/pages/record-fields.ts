/**
 * A recording form as data, read from the kind of event itself (src/recording/): its zod schema's
 * fields, each with the form metadata its builder registered (label, kind of input, codes, the child's
 * table an id names), so one renderer draws all twenty forms. And the way back: the posted form turned
 * into the input the kind's schema checks, with the raw answers kept to show the form again.
 */
import type { z } from 'zod';
import { isValidIn, type Code } from '../../codes/code-list.ts';
import { collectionYearOf } from '../../recording/child-findings.ts';
import type { EventKind } from '../../recording/event-kind.ts';
import { FORM_FIELDS, type FormFieldMeta } from '../../recording/form-fields.ts';

export interface FormFieldSpec {
  name: string;
  /** The label or legend, as the page shows it. */
  label: string;
  hint: string | undefined;
  input: FormFieldMeta['input'];
  /** False when the schema lets the answer be left out (optional, or with a default). */
  required: boolean;
  /** The schema's default, shown as the first answer (a yes/no defaulting to no shows "No" chosen). */
  defaultValue: unknown;
  codes: readonly Code[] | undefined;
  table: string | undefined;
}

/** What was typed or chosen, as posted (several values for a set of checkboxes). */
export type FormValues = Record<string, string | string[]>;

/** Reserved names the form posts beside the kind's fields. */
export const CONTROL_FIELDS = ['_csrf', '_version', '_confirm', '_queried'] as const;

const DATE_HINT = 'For example, 2026-03-27 or 27/03/2026';

/** Peels .optional(), .default() and the like off a field schema: the schema its builder registered. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean; defaultValue: unknown } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = inner.def as { type: string; innerType?: z.ZodType; defaultValue?: unknown };
    if (def.innerType === undefined || !['optional', 'default', 'prefault', 'nullable'].includes(def.type)) break;
    if (def.type === 'default' || def.type === 'prefault') defaultValue = def.defaultValue;
    required = false;
    inner = def.innerType;
  }
  return { inner, required, defaultValue };
}

/** "the date of the contact" as a label: "Date of the contact"; a yes/no statement keeps its article. */
export function labelOf(meta: FormFieldMeta): string {
  const text = meta.input === 'yes-no' ? meta.label : meta.label.replace(/^the /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The fields of a kind's form, in the schema's order; a field with no form metadata is a programming error. */
export function formFieldsOf(kind: EventKind): FormFieldSpec[] {
  return Object.entries(kind.schema.shape as Record<string, z.ZodType>).map(([name, schema]) => {
    const { inner, required, defaultValue } = unwrap(schema);
    const meta = FORM_FIELDS.get(inner);
    if (meta === undefined) throw new Error(`The field ${kind.kind}.${name} has no form metadata (form-fields.ts)`);
    return {
      name,
      label: labelOf(meta),
      hint: meta.hint ?? (meta.input === 'date' ? DATE_HINT : undefined),
      input: meta.input,
      required,
      defaultValue,
      codes: meta.codes,
      table: meta.table,
    };
  });
}

/**
 * The codes a field offers on a date: those valid in that date's collection year (a retired code is
 * not offered again), and any code already chosen, so an answer is never silently dropped.
 */
export function codesOffered(field: FormFieldSpec, on: string, chosen: readonly string[]): Code[] {
  const year = collectionYearOf(on);
  return (field.codes ?? []).filter((code) => isValidIn(code, year) || chosen.includes(code.code));
}

/** A date as typed: yyyy-mm-dd stays; d/m/yyyy (or with spaces, dots or dashes) becomes yyyy-mm-dd. */
export function normaliseDate(text: string): string {
  const dayFirst = /^(\d{1,2})[/.\s-]+(\d{1,2})[/.\s-]+(\d{4})$/.exec(text);
  if (!dayFirst) return text;
  const [, day, month, year] = dayFirst;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

/** Every posted value of a name, as text (files are not answers here). */
function postedValues(body: Record<string, unknown>, name: string): string[] {
  const value = body[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is string => typeof item === 'string');
}

/**
 * The posted form as the kind's input (a blank answer is left out, so the schema's default or its
 * "Enter ..." message applies) and as the answers to show again.
 */
export function readForm(
  fields: readonly FormFieldSpec[],
  body: Record<string, unknown>,
): { input: Record<string, unknown>; values: FormValues } {
  const input: Record<string, unknown> = {};
  const values: FormValues = {};
  for (const field of fields) {
    const posted = postedValues(body, field.name).map((value) => value.trim());
    if (field.input === 'codes') {
      const chosen = posted.filter(Boolean);
      values[field.name] = chosen;
      if (chosen.length > 0) input[field.name] = chosen;
      continue;
    }
    const text = posted[0] ?? '';
    values[field.name] = text;
    if (text === '') continue;
    input[field.name] = answerOf(field, text);
  }
  return { input, values };
}

function answerOf(field: FormFieldSpec, text: string): unknown {
  switch (field.input) {
    case 'date':
      return normaliseDate(text);
    case 'yes-no':
      // Anything but the two answers the radios post is left for the schema to refuse.
      return text === 'yes' ? true : text === 'no' ? false : text;
    case 'number':
      return /^-?\d{1,6}$/.test(text) ? Number(text) : text;
    default:
      return text;
  }
}

/** The answers a fresh form starts with: the schema's defaults, and the signed-in worker as the visitor. */
export function initialValues(fields: readonly FormFieldSpec[], workerId: string | null | undefined): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    if (field.input === 'worker' && workerId) values[field.name] = workerId;
    else if (typeof field.defaultValue === 'boolean') values[field.name] = field.defaultValue ? 'yes' : 'no';
    else if (typeof field.defaultValue === 'string' || typeof field.defaultValue === 'number')
      values[field.name] = String(field.defaultValue);
  }
  return values;
}
