/**
 * What one kind of recorded event is, as data: its form (a zod schema whose field names and messages
 * are the form's), the date that places it in a collection year, how the DfE return fields it produces
 * map back to form fields, checks the database would refuse before any return rule could see them
 * (each citing the DfE rule that states it), and the function that writes its rows.
 */
import type { z } from 'zod';
import type { Db } from '../store/db.ts';
import type { ChildTarget } from './child-findings.ts';

/** What an event wrote, for its audit row. */
export interface Written {
  action: 'create' | 'update';
  /** The table of the row created or changed. */
  entity: string;
  entityId: string;
}

/**
 * A DfE rule the store enforces itself (a CHECK or a missing row), checked before writing so the form
 * shows the rule instead of a database error. `breaks` answers from the input and the child's rows.
 */
export interface Guard<Input> {
  returnName: '903' | 'cin';
  code: string;
  field: keyof Input & string;
  message: string;
  breaks(tx: Db, target: ChildTarget, input: Input): Promise<boolean>;
}

export interface EventKind<Schema extends z.ZodObject = z.ZodObject> {
  /** The path segment: POST /api/children/{id}/events/{kind}. */
  kind: string;
  /** The form's heading. */
  title: string;
  schema: Schema;
  /** The input field whose date places the event in a collection year (the rules of that year run). */
  dateField: keyof z.infer<Schema> & string;
  /** Return field (DECOM, CPPendDate...) to the form field a finding on it is shown beside. */
  fields: Readonly<Record<string, keyof z.infer<Schema> & string>>;
  guards?: readonly Guard<z.infer<Schema>>[];
  apply(tx: Db, target: ChildTarget, input: z.infer<Schema>): Promise<Written>;
}

/** Declares a kind with its input type inferred from the schema. */
export function defineEventKind<Schema extends z.ZodObject>(kind: EventKind<Schema>): EventKind<Schema> {
  return kind;
}

/** A record the event refers to (a referral, a plan) that the child does not have. */
export class MissingRecordError extends Error {
  override name = 'MissingRecordError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
