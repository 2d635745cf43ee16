/**
 * `kestrel sar CHILD -o FILE [--format json|pdf]`: a subject access request, everything held on one child
 * and who viewed it (access/subject-access.ts). Allowed to the roles holding the `subject-access` grant
 * (quality_assurance, answering for the data protection officer): `--as USER`, or the operator at the
 * terminal acting as `cli:<os user>` with that role (access/actor.ts localActor). The request is
 * audited as an export of the child; a refusal is audited and reads as "no such child".
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { Actor } from '../../access/policy.ts';
import type { Db } from '../../store/db.ts';
import { UsageError } from '../errors.ts';
import { laCodeOption, openMigratedStore, withStoreOptions, type StoreFlags } from '../options.ts';

type SarFormat = 'json' | 'pdf';

interface SarFlags extends StoreFlags {
  output: string;
  format?: SarFormat;
  as?: string;
  la?: string;
}

function formatOption(value: string): SarFormat {
  if (value === 'json' || value === 'pdf') return value;
  throw new InvalidArgumentError(`expected json or pdf, got "${value}"`);
}

export function registerSar(program: Command): void {
  withStoreOptions(
    program
      .command('sar')
      .description('a subject access request: everything held on one child and who viewed it, as JSON or PDF')
      .argument('<child>', 'child id')
      .requiredOption('-o, --output <file>', 'where to write the report')
      .option('--format <format>', 'json or pdf (default: pdf for a .pdf file, else json)', formatOption)
      .option('--as <user>', 'act as this user (a username of `kestrel users list`)')
      .option('--la <code>', 'council code (when the store holds several)', laCodeOption),
  ).action(runSar);
}

async function runSar(childId: string, flags: SarFlags): Promise<void> {
  const format = flags.format ?? (flags.output.toLowerCase().endsWith('.pdf') ? 'pdf' : 'json');
  if (format === 'pdf') {
    const { pdfUnavailable } = await import('../../documents/pdf.ts');
    const unavailable = pdfUnavailable();
    if (unavailable) throw new UsageError(unavailable, 1);
  }
  const { reserveOutputFile } = await import('../output.ts');
  const target = await reserveOutputFile(flags.output);
  try {
    const store = await openMigratedStore(flags);
    let report;
    try {
      const actor = await actorFor(store, flags);
      const { gatherSubjectAccess } = await import('../../access/subject-access.ts');
      report = await gatherSubjectAccess(store, actor, childId, { on: today(), via: 'kestrel sar' });
      if (!report)
        throw new UsageError(
          `no child ${childId} for which ${flags.as ?? actor.userId} may make a subject access request`,
          1,
        );
    } finally {
      await store.close();
    }
    if (format === 'json') {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(target.temporary, `${JSON.stringify(report, null, 2)}\n`);
    } else {
      const { renderSubjectAccessHtml } = await import('../../access/subject-access-html.ts');
      const { printHtmlToPdf } = await import('../../documents/pdf.ts');
      const { writeFile } = await import('node:fs/promises');
      await writeFile(
        target.temporary,
        await printHtmlToPdf(renderSubjectAccessHtml(report), { format: 'A4', printBackground: true }),
      );
    }
    await target.commit();
    process.stderr.write(
      `${flags.output}: subject access report for child ${childId} (${Object.keys(report.record.tables).length} tables, ${report.accessHistory.length} audit rows)\n`,
    );
  } catch (error) {
    await target.abandon();
    throw error;
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function actorFor(db: Db, flags: SarFlags): Promise<Actor> {
  const { actorOf, findUser } = await import('../../access/users.ts');
  if (flags.as) {
    const user = await findUser(db, flags.as);
    if (!user) throw new UsageError(`no user "${flags.as}" (see \`kestrel users list\`)`);
    return actorOf(user);
  }
  const councils = await db.query<{ la_code: string }>('SELECT la_code FROM council ORDER BY la_code');
  const laCode = flags.la ?? (councils.length === 1 ? councils[0]!.la_code : undefined);
  if (!laCode)
    throw new UsageError(
      councils.length === 0
        ? 'the store holds no council yet'
        : 'the store holds several councils: say which with --la',
    );
  const { localActor } = await import('../../access/actor.ts');
  return localActor(laCode, 'quality_assurance');
}
