/**
 * The returns pages (issue 13, "Returns"; issue 10 section 1): check a 903, CIN census or Annex A file
 * and read its findings, import it (accepting errors as --accept-errors does), the import history with
 * a page per import, and downloads of the returns built from the records. Only the roles the policy
 * lets import returns (performance analysts) may use them; anyone else is refused, audited, as the API
 * refuses them (403). Uploads are kept for their uploader only (returns-uploads-data.ts); the import
 * runs under the import's longer time limit through the bounded store, as POST /api/returns/import does.
 */
import { Hono, type Context } from 'hono';
import { recordAudit } from '../../access/audit.ts';
import type { Action } from '../../access/policy.ts';
import { authorize } from '../../access/scope.ts';
import { csvChunks } from '../../returns/report/render-text.ts';
import { renderXlsx } from '../../returns/report/render-xlsx.ts';
import { batchCsv } from '../../returns/store/import-batch-text.ts';
import { toBatchFinding } from '../../returns/store/import-batches.ts';
import { refusal } from '../api/caller.ts';
import { ApiError } from '../errors.ts';
import { DEFAULT_LIMITS } from '../limits.ts';
import type { RequestEnv } from '../request-store.ts';
import { MessagePage } from './message.tsx';
import { pageContext, type PageContext } from './page-context.ts';
import { auditExport, buildExport } from './returns-exports-data.ts';
import { ExportsPage } from './returns-exports.tsx';
import { listPage, openableChildren, pageNumber, ruleCounts } from './returns-findings-data.ts';
import { readExportForm, readUploadForm, type FieldError } from './returns-form-data.ts';
import { actorNames, importHistory, openImportBatch } from './returns-imports-data.ts';
import { BatchPage, ImportsPage } from './returns-imports.tsx';
import { FindingsPage, UploadPage } from './returns-upload.tsx';
import { PendingUploads, type PendingUpload } from './returns-uploads-data.ts';

/** Where the upload form posts: app.ts gives it the return size limit (limits.maxReturnBytes), not a form's. */
export const RETURN_UPLOAD_PATH = '/returns/uploads';

type Ctx = Context<RequestEnv>;

function respond(c: Ctx, html: unknown, status: 200 | 400 | 404 = 200): Response {
  return c.html(`<!DOCTYPE html>${String(html)}`, status);
}

/** The caller, refused (403, the refusal audited by authorize) unless their roles may `action` returns. */
async function allowed(c: Ctx, action: Action): Promise<PageContext> {
  const context = pageContext(c);
  const decision = await authorize(
    c.var.db(),
    context.actor,
    action,
    { target: 'returns', laCode: context.actor.laCode },
    { via: context.via, address: context.address },
  );
  if (!decision.allowed) throw refusal(decision);
  return context;
}

function gone(c: Ctx, context: PageContext, message: string): Response {
  const page = MessagePage({
    title: 'Page not found',
    message,
    link: { href: '/returns', text: 'Check and import a return' },
    signedIn: context.signedIn,
    section: 'returns',
  });
  return respond(c, page, 404);
}

function download(c: Ctx, body: string | Uint8Array, type: string, name: string): Response {
  return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
  });
}

export function returnsRoutes(maxReturnBytes = DEFAULT_LIMITS.maxReturnBytes): Hono<RequestEnv> {
  const routes = new Hono<RequestEnv>();
  const uploads = new PendingUploads();
  const maxMegabytes = Math.floor(maxReturnBytes / (1024 * 1024));

  const uploadForm = (c: Ctx, context: PageContext, errors: FieldError[], values = {}) =>
    respond(c, UploadPage({ signedIn: context.signedIn, errors, values, maxMegabytes }), errors.length ? 400 : 200);

  async function findingsPage(c: Ctx, context: PageContext, upload: PendingUpload, errors: FieldError[] = []) {
    const list = listPage(upload.findings, pageNumber(c.req.query('page')));
    const rows = list.rows.map(toBatchFinding);
    const openable = await openableChildren(
      c.var.db(),
      context.actor,
      rows.map((f) => f.child),
      context.today,
    );
    const childCount = new Set(upload.findings.map((f) => f.child).filter(Boolean)).size;
    const page = FindingsPage({
      signedIn: context.signedIn,
      upload,
      list: { ...list, rows },
      counts: ruleCounts(upload.findings),
      openable,
      childCount,
      errors,
    });
    return respond(c, page, errors.length ? 400 : 200);
  }

  routes.get('/returns', async (c) => uploadForm(c, await allowed(c, 'import'), []));

  routes.post(RETURN_UPLOAD_PATH, async (c) => {
    const context = await allowed(c, 'import');
    const form = await c.req.formData();
    const values = { kind: String(form.get('kind') ?? ''), year: String(form.get('year') ?? '') };
    const read = await readUploadForm(form);
    if ('field' in read) return uploadForm(c, context, [read], values);
    let upload: PendingUpload;
    try {
      upload = await uploads.add({
        owner: context.actor.userId,
        laCode: context.actor.laCode,
        kind: read.kind,
        year: read.year,
        files: read.files,
        now: c.var.now(),
      });
    } catch (error) {
      // A file that is not the return it was said to be, or cannot be read: one message, nothing kept.
      if (error instanceof ApiError && error.code === 'bad_request')
        return uploadForm(c, context, [{ field: 'files', message: error.message }], values);
      throw error;
    }
    // The check is audited as POST /api/returns/validate audits it (counts, never the children).
    await recordAudit(c.var.db(), {
      laCode: context.actor.laCode,
      actor: context.actor.userId,
      action: 'view',
      entity: 'return-validation',
      at: c.var.now(),
      detail: {
        return: upload.kind,
        files: upload.files.map((f) => f.name),
        bytes: upload.files.reduce((sum, f) => sum + f.bytes, 0),
        errors: upload.errors,
        queries: upload.queries,
        via: context.via,
        address: context.address,
      },
    });
    return c.redirect(`${RETURN_UPLOAD_PATH}/${upload.id}`, 303);
  });

  const uploadOf = (c: Ctx, context: PageContext) =>
    uploads.find(c.req.param('id') ?? '', context.actor.userId, context.actor.laCode, c.var.now());
  const expired =
    'This upload has been imported, has expired (uploads are kept for an hour), or is not yours. Upload the return again.';

  routes.get(`${RETURN_UPLOAD_PATH}/:id`, async (c) => {
    const context = await allowed(c, 'import');
    const upload = uploadOf(c, context);
    return upload ? findingsPage(c, context, upload) : gone(c, context, expired);
  });

  routes.get(`${RETURN_UPLOAD_PATH}/:id/findings.csv`, async (c) => {
    const context = await allowed(c, 'import');
    const upload = uploadOf(c, context);
    if (!upload) return gone(c, context, expired);
    return download(
      c,
      [...csvChunks(upload.findings)].join(''),
      'text/csv; charset=utf-8',
      `findings-${upload.kind}.csv`,
    );
  });

  routes.get(`${RETURN_UPLOAD_PATH}/:id/findings.xlsx`, async (c) => {
    const context = await allowed(c, 'import');
    const upload = uploadOf(c, context);
    if (!upload) return gone(c, context, expired);
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return download(c, await renderXlsx(upload.findings), type, `findings-${upload.kind}.xlsx`);
  });

  routes.post(`${RETURN_UPLOAD_PATH}/:id/import`, async (c) => {
    const context = await allowed(c, 'import');
    const upload = uploadOf(c, context);
    if (!upload) return gone(c, context, expired);
    const form = await c.req.parseBody();
    const outcome = await uploads.import(c.var.importDb(), upload, {
      actor: context.actor.userId,
      acceptErrors: form['acceptErrors'] === 'yes',
      startedAt: c.var.now(),
    });
    if (outcome.refused) {
      const message = `The return has errors: tick the box to import what can be stored, or fix the errors and upload it again`;
      return findingsPage(c, context, outcome.upload, [{ field: 'accept-errors', message }]);
    }
    return c.redirect(`/returns/imports/${outcome.summary.batchId}`, 303);
  });

  routes.get('/returns/imports', async (c) => {
    const context = await allowed(c, 'import');
    const batches = await importHistory(c.var.db(), context.actor.laCode);
    const names = await actorNames(
      c.var.db(),
      batches.map((b) => b.actor),
    );
    return respond(c, ImportsPage({ signedIn: context.signedIn, batches, names }));
  });

  const batchOf = async (c: Ctx, context: PageContext) => {
    const id = c.req.param('id') ?? '';
    if (!/^\d{1,15}$/.test(id)) return undefined;
    return openImportBatch(c.var.db(), context.actor, Number(id), {
      via: context.via,
      address: context.address,
      at: c.var.now(),
    });
  };
  const noBatch = 'There is no import with that number for your council.';

  routes.get('/returns/imports/:id', async (c) => {
    const context = await allowed(c, 'import');
    const batch = await batchOf(c, context);
    if (!batch) return gone(c, context, noBatch);
    const pages = { left: pageNumber(c.req.query('left')), page: pageNumber(c.req.query('page')) };
    const leftOut = listPage(batch.leftOutRows, pages.left);
    const findings = listPage(batch.findings, pages.page);
    const children = [...leftOut.rows.map((r) => r.child), ...findings.rows.map((f) => f.child)];
    const openable = await openableChildren(c.var.db(), context.actor, children, context.today);
    const counts = ruleCounts(batch.findings);
    const importedBy = (await actorNames(c.var.db(), [batch.actor])).get(batch.actor) ?? batch.actor;
    const page = BatchPage({
      signedIn: context.signedIn,
      batch,
      leftOut,
      findings,
      counts,
      openable,
      pages,
      importedBy,
    });
    return respond(c, page);
  });

  routes.get('/returns/imports/:id/report.csv', async (c) => {
    const context = await allowed(c, 'import');
    const batch = await batchOf(c, context);
    if (!batch) return gone(c, context, noBatch);
    return download(c, batchCsv(batch), 'text/csv; charset=utf-8', `import-${batch.id}.csv`);
  });

  routes.get('/returns/exports', async (c) => {
    const context = await allowed(c, 'export');
    return respond(c, ExportsPage({ signedIn: context.signedIn, at: context.today }));
  });

  routes.post('/returns/exports', async (c) => {
    const context = await allowed(c, 'export');
    const form = await c.req.parseBody();
    const request = readExportForm(form);
    if ('field' in request) {
      const at = typeof form['at'] === 'string' ? form['at'] : context.today;
      return respond(c, ExportsPage({ signedIn: context.signedIn, errors: [request], at }), 400);
    }
    // A whole council's return is read at once: the import's longer time limit, through the bounded store.
    const file = await buildExport(c.var.importDb(), context.actor.laCode, request);
    await auditExport(c.var.db(), {
      laCode: context.actor.laCode,
      actor: context.actor.userId,
      at: c.var.now(),
      request,
      file,
      via: context.via,
      address: context.address,
    });
    return download(c, file.body, file.type, file.name);
  });

  return routes;
}
