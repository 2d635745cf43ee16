/**
 * Downloads of a return built from the record store, as `kestrel export` builds it: the SSDA903 for a
 * collection year (its XML form, EXPSSDA903: one file, where the CSV set is several), the CIN census
 * for a year, Ofsted's Annex A as at an inspection date. The file is written by the same writers into a
 * private temporary folder, read back and removed; each download writes one audit_log row naming the
 * caller, as the CLI's export does (action export, entity the return, the file, children and rows).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordAudit } from '../../access/audit.ts';
import type { Db } from '../../store/db.ts';
import type { ReturnKind } from '../return-files.ts';
import type { ExportRequest } from './returns-form-data.ts';

export interface ExportFile {
  name: string;
  type: string;
  body: Buffer;
  rows: number;
  children: number;
}

/** Builds the file from the council's records (every child of the council, as a statutory return is). */
export async function buildExport(db: Db, laCode: string, request: ExportRequest): Promise<ExportFile> {
  const folder = await mkdtemp(join(tmpdir(), 'kestrel-export-'));
  try {
    if ('at' in request) {
      const { exportAnnexA } = await import('../../returns/store/export-annexa.ts');
      const { writeAnnexAXlsx } = await import('../../returns/io/write-annexa-xlsx.ts');
      const annexA = await exportAnnexA(db, laCode, request.at);
      const name = `AnnexA_${laCode}_${request.at}.xlsx`;
      await writeAnnexAXlsx(join(folder, name), annexA);
      const lists = Object.values(annexA).map((list) => (list ?? []) as Record<string, string | null>[]);
      return {
        name,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await readFile(join(folder, name)),
        rows: lists.reduce((n, list) => n + list.length, 0),
        children: new Set(lists.flatMap((list) => list.flatMap((row) => row['childId'] ?? []))).size,
      };
    }
    if (request.kind === '903') {
      const { export903 } = await import('../../returns/store/export-903.ts');
      const { write903Xml } = await import('../../returns/io/write-903-xml.ts');
      const dataset = await export903(db, laCode, request.year);
      const name = `SSDA903_${laCode}_${request.year}.xml`;
      await write903Xml(join(folder, name), dataset.current);
      return {
        name,
        type: 'application/xml',
        body: await readFile(join(folder, name)),
        rows: dataset.current.Episodes?.length ?? 0,
        children: dataset.current.Header?.length ?? 0,
      };
    }
    const { exportCin } = await import('../../returns/store/export-cin.ts');
    const { writeCinXml } = await import('../../returns/io/write-cin-xml.ts');
    const dataset = await exportCin(db, laCode, request.year);
    const name = `CIN_${laCode}_${request.year}.xml`;
    await writeCinXml(join(folder, name), dataset, { laCode });
    return {
      name,
      type: 'application/xml',
      body: await readFile(join(folder, name)),
      rows: dataset.tables.CINdetails?.length ?? 0,
      children: dataset.tables.ChildIdentifiers?.length ?? 0,
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The audit row of one download, as `kestrel export` writes it, naming the person and the request. */
export async function auditExport(
  db: Db,
  entry: {
    laCode: string;
    actor: string;
    at: Date;
    request: ExportRequest;
    file: ExportFile;
    via: string;
    address: string;
  },
): Promise<void> {
  const kind: ReturnKind = entry.request.kind;
  await recordAudit(db, {
    laCode: entry.laCode,
    actor: entry.actor,
    action: 'export',
    entity: kind,
    at: entry.at,
    detail: {
      target: entry.file.name,
      children: entry.file.children,
      rows: entry.file.rows,
      year: 'year' in entry.request ? entry.request.year : null,
      at: 'at' in entry.request ? entry.request.at : null,
      via: entry.via,
      address: entry.address,
    },
  });
}
