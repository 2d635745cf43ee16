/**
 * The reads and changes behind the framework pages, through framework/versions.ts: the versions with
 * their effective dates, the one in force, any version's measures (section, target, bands in words,
 * polarity as the scorecard judges it), an upload checked whole by framework/read.ts before anything is
 * stored (importFramework: one transaction with its audit row), and the export of a version as imported
 * (audited as `exportFramework` audits it).
 */
import { recordAudit } from '../../access/audit.ts';
import { findIndicator, resolveParams } from '../../indicators/evaluate.ts';
import type { Polarity, Unit } from '../../indicators/definition.ts';
import { bandsInWords } from '../../framework/rag.ts';
import { effectiveUnitAndPolarity, FrameworkFileError } from '../../framework/read.ts';
import { FrameworkSchema, type Framework, type FrameworkIndicator } from '../../framework/schema.ts';
import {
  frameworkAt,
  importFramework,
  listFrameworks,
  type FrameworkVersion,
  type StoredFramework,
} from '../../framework/versions.ts';
import type { Db } from '../../store/db.ts';
import type { FieldError } from './admin-form.tsx';
import type { AdminRequest, Outcome } from './admin-users-data.ts';

export interface FrameworkOverview {
  versions: FrameworkVersion[];
  /** Who imported each version, by user name where `importedBy` is a user id (a command is shown as it is). */
  importers: Record<string, string>;
  /** The version in force today, if any. */
  inForce: number | undefined;
  /** The version whose measures are shown (the one in force unless another was asked for). */
  shown: StoredFramework | undefined;
}

/** The council's versions, and the one asked for (default: in force on `today`). */
export async function frameworkOverview(
  db: Db,
  laCode: string,
  today: string,
  version?: number | undefined,
): Promise<FrameworkOverview | undefined> {
  const versions = await listFrameworks(db, laCode);
  const inForce = await frameworkAt(db, laCode, today);
  if (version !== undefined && !versions.some((v) => v.version === version)) return undefined;
  const shown =
    version === undefined || version === inForce?.version ? inForce : await readVersion(db, laCode, version);
  const users = await db.query<{ id: string; username: string }>(
    'SELECT id, username FROM app_user WHERE la_code = $1 AND id = ANY($2::text[])',
    [laCode, [...new Set(versions.map((v) => v.importedBy))]],
  );
  const importers = Object.fromEntries(users.map((user) => [user.id, user.username]));
  return { versions, importers, inForce: inForce?.version, shown };
}

/** One stored version by its number (versions.ts reads by date; an administrator asks by number). */
async function readVersion(db: Db, laCode: string, version: number): Promise<StoredFramework | undefined> {
  const [row] = await db.query<{ document: unknown; source_text: string }>(
    'SELECT document, source_text FROM framework_version WHERE la_code = $1 AND version = $2',
    [laCode, version],
  );
  const listed = (await listFrameworks(db, laCode)).find((v) => v.version === version);
  if (!row || !listed) return undefined;
  const document = typeof row.document === 'string' ? JSON.parse(row.document) : row.document;
  return { ...listed, framework: FrameworkSchema.parse(document), sourceText: row.source_text };
}

/** A version's file as imported, with its export audited in the same transaction. */
export async function exportVersion(
  db: Db,
  request: AdminRequest,
  version: number,
  now: Date,
): Promise<StoredFramework | undefined> {
  return db.transaction(async (tx) => {
    const stored = await readVersion(tx, request.actor.laCode, version);
    if (!stored) return undefined;
    await recordAudit(tx, {
      laCode: request.actor.laCode,
      actor: request.actor.userId,
      action: 'export',
      entity: 'framework_version',
      entityId: String(version),
      at: now,
      detail: { version, to: 'browser', via: request.via, address: request.address },
    });
    return stored;
  });
}

export interface MeasureLine {
  id: string;
  title: string;
  params: string;
  unit: Unit | undefined;
  polarity: Polarity | undefined;
  target: string;
  bands: string;
  window: string;
  frequency: string;
  officer: string;
}

const SUFFIX: Partial<Record<Unit, string>> = { percent: '%' };

function targetInWords(indicator: FrameworkIndicator, unit: Unit | undefined): string {
  const s = unit ? (SUFFIX[unit] ?? '') : '';
  const target = indicator.target;
  if (!target) return 'None';
  const parts: string[] = [];
  if (target.year !== undefined) parts.push(`Year ${target.year}${s}`);
  const quarters = Object.entries(target.quarters ?? {});
  if (quarters.length) parts.push(quarters.map(([q, v]) => `${q} ${v}${s}`).join(', '));
  const months = Object.entries(target.months ?? {});
  if (months.length) parts.push(months.map(([m, v]) => `${m} ${v}${s}`).join(', '));
  return parts.join('; ') || 'None';
}

/** Each measure of a section as the page lists it; unit and polarity as the scorecard judges them. */
export function measureLines(framework: Framework): Array<{ id: string; title: string; measures: MeasureLine[] }> {
  return framework.sections.map((section) => ({
    id: section.id,
    title: section.title,
    measures: section.indicators.map((indicator) => {
      const def = findIndicator(indicator.id);
      const judged = def
        ? effectiveUnitAndPolarity(def, resolveParams(def, indicator.params), indicator.polarity)
        : undefined;
      return {
        id: indicator.id,
        title: indicator.title ?? def?.title ?? indicator.id,
        params: Object.entries(indicator.params)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
        unit: judged?.unit,
        polarity: judged?.polarity,
        target: targetInWords(indicator, judged?.unit),
        bands: judged ? (bandsInWords(indicator.bands, judged.unit, indicator.target?.year ?? null) ?? 'None') : 'None',
        window: indicator.window,
        frequency: indicator.frequency,
        officer: indicator.officer ?? '',
      };
    }),
  }));
}

export interface UploadForm {
  fileName: string;
  text: string;
  day: string;
  month: string;
  year: string;
}

/** An ISO date from the three GOV.UK date fields, or the problem with them. */
export function dateOf(day: string, month: string, year: string): { iso: string } | { problem: string } {
  if (!day && !month && !year) return { problem: 'Enter the date this version comes into force' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year))
    return { problem: 'The date it comes into force must be a real date, for example 1 4 2026' };
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso)
    return { problem: 'The date it comes into force must be a real date, for example 1 4 2026' };
  return { iso };
}

/** At most this many of a refused file's problems are listed; the rest are counted. */
const MAX_PROBLEMS = 30;

/** Stores the file as the next version, or lists every problem read.ts found with its line; nothing stored then. */
export async function uploadFramework(
  db: Db,
  request: AdminRequest,
  form: UploadForm,
): Promise<Outcome<FrameworkVersion>> {
  const errors: FieldError[] = [];
  if (!form.text.trim()) errors.push({ field: 'file', message: 'Choose a framework file (YAML or JSON)' });
  const date = dateOf(form.day, form.month, form.year);
  if ('problem' in date) errors.push({ field: 'effectiveFrom', message: date.problem });
  if (errors.length > 0 || 'problem' in date) return { ok: false, errors };
  try {
    const version = await importFramework(db, {
      la: request.actor.laCode,
      text: form.text,
      sourceName: form.fileName,
      effectiveFrom: date.iso,
      actor: request.actor.userId,
    });
    return { ok: true, value: version };
  } catch (error) {
    if (!(error instanceof FrameworkFileError)) throw error;
    const listed = error.problems.slice(0, MAX_PROBLEMS).map((problem) => ({
      field: 'file',
      message: `Line ${problem.line}: ${problem.path ? `${problem.path}: ` : ''}${problem.message}`,
    }));
    const more = error.problems.length - listed.length;
    if (more > 0) listed.push({ field: 'file', message: `and ${more} more problems` });
    return { ok: false, errors: listed };
  }
}
