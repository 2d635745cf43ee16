/**
 * The zod pieces every recording form shares, with messages written for the person filling the form
 * (they are shown beside the field in the GOV.UK error summary and returned as `field` by the API).
 * Each piece also says, in its own registry (not zod's global one, so the OpenAPI document is as it
 * was), what the web form needs to draw it: the label, the kind of input, the codes to choose from
 * and, for an id, the child's table it names (web/pages/record-fields.ts reads it).
 */
import { z } from 'zod';
import type { Code, CodeList } from '../codes/code-list.ts';

/** How a form field is drawn and read back. */
export interface FormFieldMeta {
  /** The phrase the messages use ("the date of the contact"); the form's label is made from it. */
  label: string;
  input: 'date' | 'code' | 'codes' | 'record' | 'yes-no' | 'text' | 'number' | 'worker';
  /** For `code` and `codes`: the choices, with the collection years each is valid in. */
  codes?: readonly Code[] | undefined;
  /** For `record`: the child's table whose row the id names (its choices are the child's rows). */
  table?: string | undefined;
  hint?: string | undefined;
}

/** The form metadata of each field schema (looked up through .optional() and .default()). */
export const FORM_FIELDS = z.registry<FormFieldMeta>();

/** Registers a field schema's form metadata and returns the schema. */
export function formField<Schema extends z.ZodType>(schema: Schema, meta: FormFieldMeta): Schema {
  FORM_FIELDS.add(schema, meta);
  return schema;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date as yyyy-mm-dd. */
export function dateField(label: string) {
  const schema = z
    .string({ error: `Enter ${label}` })
    .regex(ISO_DATE, { error: `${capitalise(label)} must be a real date, like 2026-03-27` })
    .refine(
      (value) =>
        !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
      {
        error: `${capitalise(label)} must be a real date, like 2026-03-27`,
      },
    );
  return formField(schema, { label, input: 'date' });
}

/** One code of a code list (the database keeps the union of every year's codes as a CHECK domain). */
export function codeField(list: CodeList, label: string) {
  const values = list.codes.map((code) => code.code) as [string, ...string[]];
  return formField(z.enum(values, { error: `Select ${label}` }), { label, input: 'code', codes: list.codes });
}

/** Codes of a list, for a set such as the assessment factors. */
export function codeSetField(list: CodeList, label: string) {
  return formField(z.array(codeField(list, label), { error: `Select ${label}` }), {
    label,
    input: 'codes',
    codes: list.codes,
  });
}

/** The id of one of the child's records (a row of `table`) that the event follows on from. */
export function recordIdField(label: string, table: string) {
  const schema = z
    .string({ error: `Choose ${label}` })
    .min(1, { error: `Choose ${label}` })
    .max(100);
  return formField(schema, { label, input: 'record', table });
}

export function yesNoField(label: string) {
  return formField(z.boolean({ error: `Select whether ${label}` }), { label, input: 'yes-no' });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
