/**
 * The zod pieces every recording form shares, with messages written for the person filling the form
 * (they are shown beside the field in the GOV.UK error summary and returned as `field` by the API).
 */
import { z } from 'zod';
import type { CodeList } from '../codes/code-list.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date as yyyy-mm-dd. */
export function dateField(label: string) {
  return z
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
}

/** One code of a code list (the database keeps the union of every year's codes as a CHECK domain). */
export function codeField(list: CodeList, label: string) {
  const values = list.codes.map((code) => code.code) as [string, ...string[]];
  return z.enum(values, { error: `Select ${label}` });
}

/** Codes of a list, for a set such as the assessment factors. */
export function codeSetField(list: CodeList, label: string) {
  return z.array(codeField(list, label), { error: `Select ${label}` });
}

/** The id of one of the child's records that the event follows on from. */
export function recordIdField(label: string) {
  return z
    .string({ error: `Choose ${label}` })
    .min(1, { error: `Choose ${label}` })
    .max(100);
}

export function yesNoField(label: string) {
  return z.boolean({ error: `Select whether ${label}` });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
