/**
 * Returns uploaded on the returns page and not yet imported. The analyst checks a file, reads the
 * findings over several requests (pages, downloads) and then imports it, so the file is kept between
 * requests: in a private temporary folder (0700, files 0600) of this process, with its findings in
 * memory, for its uploader only, for at most an hour and never more than a few at a time. Importing
 * reads the file again (the same checks, so the same findings) and removes it; so does replacing it.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Db } from '../../store/db.ts';
import type { Finding } from '../../returns/findings.ts';
import type { ImportSummary } from '../../returns/store/import-return.ts';
import {
  asRefusal,
  checkReturn,
  hasErrors,
  importChecked,
  writeReturnFolder,
  type ReturnKind,
  type SentFile,
} from '../return-files.ts';

/** How long an upload waits to be imported. */
const KEPT_MS = 60 * 60 * 1000;
/** Uploads kept in the process, and per person: a return's findings can be tens of thousands of rows. */
const MAX_KEPT = 10;
const MAX_PER_PERSON = 2;

export interface PendingUpload {
  id: string;
  /** The uploader's user id: no one else may see or import it. */
  owner: string;
  laCode: string;
  kind: ReturnKind;
  /** The year given on the form, if any (else the file's own). */
  year: number | undefined;
  collectionYear: number | null;
  files: { name: string; bytes: number }[];
  findings: Finding[];
  errors: number;
  queries: number;
  uploadedAt: Date;
  folder: string;
  paths: string[];
}

export interface UploadRequest {
  owner: string;
  laCode: string;
  kind: ReturnKind;
  year: number | undefined;
  files: readonly SentFile[];
  now: Date;
}

export type ImportOutcome = { refused: true; upload: PendingUpload } | { refused: false; summary: ImportSummary };

export class PendingUploads {
  private readonly uploads = new Map<string, PendingUpload>();

  /** Checks the files; keeps them and their findings when they read as the return, else refuses (400, nothing kept). */
  async add(request: UploadRequest): Promise<PendingUpload> {
    await this.sweep(request.now, request.owner);
    const { folder, paths } = await writeReturnFolder(request.files, 'kestrel-upload-');
    try {
      const checked = await checkReturn(request.kind, paths, { year: request.year, laCode: request.laCode });
      const errors = checked.findings.filter((f) => f.severity === 'error').length;
      const upload: PendingUpload = {
        id: randomBytes(16).toString('base64url'),
        owner: request.owner,
        laCode: request.laCode,
        kind: request.kind,
        year: request.year,
        collectionYear: checked.collectionYear,
        files: paths.map((path, index) => ({
          name: path.slice(folder.length + 1),
          bytes: request.files[index]?.body.length ?? 0,
        })),
        findings: checked.findings,
        errors,
        queries: checked.findings.length - errors,
        uploadedAt: request.now,
        folder,
        paths,
      };
      this.uploads.set(upload.id, upload);
      // Removed when its hour is up even if no one uploads again (unref: it never keeps the process alive).
      setTimeout(() => void this.remove(upload.id), KEPT_MS).unref();
      return upload;
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw asRefusal(error, folder, 'file');
    }
  }

  /** The upload with this id, when it is the caller's, of their council, and not expired. */
  find(id: string, owner: string, laCode: string, now: Date): PendingUpload | undefined {
    const upload = this.uploads.get(id);
    if (!upload || upload.owner !== owner || upload.laCode !== laCode) return undefined;
    return now.getTime() - upload.uploadedAt.getTime() > KEPT_MS ? undefined : upload;
  }

  /**
   * Imports the upload: refused (nothing stored) when it has errors not accepted; otherwise stored in
   * one transaction with its batch and audit row, and the upload removed.
   */
  async import(
    db: Db,
    upload: PendingUpload,
    request: { actor: string; acceptErrors: boolean; startedAt: Date },
  ): Promise<ImportOutcome> {
    if (upload.errors > 0 && !request.acceptErrors) return { refused: true, upload };
    try {
      const checked = await checkReturn(upload.kind, upload.paths, { year: upload.year, laCode: upload.laCode });
      if (hasErrors(checked.findings) && !request.acceptErrors) return { refused: true, upload };
      const summary = await importChecked(db, checked, upload.paths, { laCode: upload.laCode, ...request });
      await this.remove(upload.id);
      return { refused: false, summary };
    } catch (error) {
      throw asRefusal(error, upload.folder, 'file');
    }
  }

  async remove(id: string): Promise<void> {
    const upload = this.uploads.get(id);
    if (!upload) return;
    this.uploads.delete(id);
    await rm(upload.folder, { recursive: true, force: true });
  }

  /** Drops expired uploads, the person's oldest beyond their share, and the oldest beyond the process's. */
  private async sweep(now: Date, owner: string): Promise<void> {
    const all = [...this.uploads.values()].sort((a, b) => a.uploadedAt.getTime() - b.uploadedAt.getTime());
    const theirs = all.filter((u) => u.owner === owner);
    const drop = new Set<PendingUpload>(all.filter((u) => now.getTime() - u.uploadedAt.getTime() > KEPT_MS));
    for (const upload of theirs.slice(0, Math.max(0, theirs.length - MAX_PER_PERSON + 1))) drop.add(upload);
    const left = all.filter((u) => !drop.has(u));
    for (const upload of left.slice(0, Math.max(0, left.length - MAX_KEPT + 1))) drop.add(upload);
    for (const upload of drop) await this.remove(upload.id);
  }
}
