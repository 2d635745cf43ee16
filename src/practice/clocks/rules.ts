/**
 * Clock rules as data (data/practice/clocks.json, or a council's own file): what starts a clock, what
 * meets it, how long it runs and the statutory rule behind it. A rule names tables and columns of the
 * record store only through identifiers checked here and against the schema (checkRulesAgainstSchema),
 * and values only as bound parameters, so a rule file can add a local timescale without code and
 * without being able to write SQL.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Db } from '../../store/db.ts';

export const DEFAULT_RULES_PATH = fileURLToPath(new URL('../../../data/practice/clocks.json', import.meta.url));

const identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a lower-case table or column name');

/** One step of an interval; a clock's due date applies its steps in order (20 WD, then 3 months). */
const step = z.union([
  z.strictObject({ working_days: z.number().int().min(0).max(400) }),
  z.strictObject({ days: z.number().int().min(0).max(3660) }),
  z.strictObject({ weeks: z.number().int().min(0).max(520) }),
  z.strictObject({ months: z.number().int().min(0).max(120) }),
]);
const interval = z.array(step).min(1);
const dueSoon = z.union([
  z.strictObject({ working_days: z.number().int().min(0).max(60) }),
  z.strictObject({ days: z.number().int().min(0).max(365) }),
]);
const filter = z.strictObject({ column: identifier, equals: z.union([z.string(), z.number(), z.boolean()]) });
const allocationKind = z.enum(['social_worker', 'iro', 'personal_adviser', 'family_worker', 'yj_officer']);

const common = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'lower-case letters, digits and hyphens'),
  title: z.string().min(1),
  citation: z.string().min(1),
  local: z.boolean().optional(),
  dueSoon,
  allocation: allocationKind.optional(),
};

/** A clock that runs once from a record's date until something meets it (an assessment's 45 WD). */
const onceRule = z.strictObject({
  ...common,
  kind: z.literal('once'),
  start: z.strictObject({ table: identifier, date: identifier, where: z.array(filter).optional() }),
  /** Same row (no table), a row pointing at the start (`on`: its column holding the start's id), or the child's. */
  met: z.strictObject({
    table: identifier.optional(),
    on: identifier.optional(),
    date: z.array(identifier).min(1),
    where: z.array(filter).optional(),
  }),
  /** The clock stops when this ends: a column of the start row, or of the row the start points at. */
  open: z.strictObject({ table: identifier.optional(), on: identifier.optional(), end: identifier }).optional(),
  due: interval,
});

/** A clock that restarts at each event within a span (reviews of a plan, visits during a placement). */
const recurringRule = z.strictObject({
  ...common,
  kind: z.literal('recurring'),
  span: z.strictObject({
    table: identifier,
    key: identifier.optional(),
    start: identifier,
    end: identifier,
    where: z.array(filter).optional(),
  }),
  events: z.strictObject({ table: identifier, on: identifier, date: identifier, where: z.array(filter).optional() }),
  /** The first interval, the second, ...; the last repeats. */
  intervals: z.array(interval).min(1),
  /** Once a clock starts this long after the span began, it runs for `interval` instead. */
  later: z.strictObject({ after: interval, interval }).optional(),
});

const ruleFile = z.strictObject({
  about: z.string().optional(),
  clocks: z.array(z.discriminatedUnion('kind', [onceRule, recurringRule])).min(1),
});

export type Step = z.infer<typeof step>;
export type Filter = z.infer<typeof filter>;
export type OnceRule = z.infer<typeof onceRule>;
export type RecurringRule = z.infer<typeof recurringRule>;
export type ClockRule = OnceRule | RecurringRule;

export class ClockRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClockRuleError';
  }
}

/** Reads and checks a rule file; the error names the file, the rule and the field. */
export function loadClockRules(path: string = DEFAULT_RULES_PATH): ClockRule[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ClockRuleError(
      `${path}: cannot read the clock rules (${(error as NodeJS.ErrnoException).code ?? error}).`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ClockRuleError(`${path}: not valid JSON (${(error as Error).message}).`);
  }
  return parseClockRules(json, path);
}

export function parseClockRules(json: unknown, source = 'clock rules'): ClockRule[] {
  const parsed = ruleFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = describePath(json, issue.path);
    throw new ClockRuleError(`${source}: ${where}: ${issue.message}.`);
  }
  const seen = new Set<string>();
  for (const rule of parsed.data.clocks) {
    if (seen.has(rule.id)) throw new ClockRuleError(`${source}: clock "${rule.id}" is defined twice.`);
    seen.add(rule.id);
    if (rule.kind === 'once' && rule.met.on && !rule.met.table)
      throw new ClockRuleError(`${source}: clock "${rule.id}": met.on needs met.table.`);
    if (rule.kind === 'once' && rule.met.table && !rule.met.on)
      throw new ClockRuleError(`${source}: clock "${rule.id}": met.table needs met.on (a column, or "child").`);
    if (rule.kind === 'once' && rule.open?.table && !rule.open.on)
      throw new ClockRuleError(`${source}: clock "${rule.id}": open.table needs open.on (the start's column).`);
  }
  return parsed.data.clocks;
}

/** "clocks[3] (cp-review).intervals.0" rather than a bare path. */
function describePath(json: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'clocks' || typeof path[1] !== 'number') return path.map(String).join('.') || 'file';
  const clocks = (json as { clocks?: Array<{ id?: unknown }> }).clocks;
  const id = clocks?.[path[1]]?.id;
  const rest = path.slice(2).map(String).join('.');
  return `clocks[${path[1]}]${typeof id === 'string' ? ` (${id})` : ''}${rest ? `.${rest}` : ''}`;
}

/** Every table.column a rule reads, with the field that names it, for the schema check. */
function columnsOf(rule: ClockRule): Array<{ field: string; table: string; column: string }> {
  const list: Array<{ field: string; table: string; column: string }> = [];
  const add = (field: string, table: string, column: string) => list.push({ field, table, column });
  const filters = (field: string, table: string, where: Filter[] | undefined) =>
    (where ?? []).forEach((f, i) => add(`${field}.where[${i}]`, table, f.column));
  if (rule.kind === 'once') {
    add('start.date', rule.start.table, rule.start.date);
    add('start', rule.start.table, 'child_id');
    filters('start', rule.start.table, rule.start.where);
    const metTable = rule.met.table ?? rule.start.table;
    for (const column of rule.met.date) add('met.date', metTable, column);
    if (rule.met.on && rule.met.on !== 'child') add('met.on', metTable, rule.met.on);
    filters('met', metTable, rule.met.where);
    if (rule.open) {
      add('open.end', rule.open.table ?? rule.start.table, rule.open.end);
      if (rule.open.on) add('open.on', rule.start.table, rule.open.on);
    }
  } else {
    add('span.start', rule.span.table, rule.span.start);
    add('span.end', rule.span.table, rule.span.end);
    add('span.key', rule.span.table, rule.span.key ?? 'id');
    filters('span', rule.span.table, rule.span.where);
    add('events.date', rule.events.table, rule.events.date);
    add('events.on', rule.events.table, rule.events.on === 'child' ? 'child_id' : rule.events.on);
    filters('events', rule.events.table, rule.events.where);
  }
  return list;
}

/** Refuses a rule naming a table or column the store does not have, before any clock is computed. */
export async function checkRulesAgainstSchema(db: Db, rules: readonly ClockRule[]): Promise<void> {
  const tables = [...new Set(rules.flatMap((rule) => columnsOf(rule).map((c) => c.table)))];
  // pg_catalog rather than information_schema: the latter's views take a quarter of a second on PGlite.
  const rows = await db.query<{ table_name: string; column_name: string }>(
    `SELECT c.relname AS table_name, a.attname AS column_name
       FROM pg_catalog.pg_class c JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v')
        AND c.relname = ANY($1::text[]) AND a.attnum > 0 AND NOT a.attisdropped`,
    [tables],
  );
  const known = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
  for (const rule of rules) {
    for (const { field, table, column } of columnsOf(rule)) {
      if (!known.has(`${table}.${column}`))
        throw new ClockRuleError(
          `clock "${rule.id}": ${field} names ${table}.${column}, which the store does not have.`,
        );
    }
  }
}
