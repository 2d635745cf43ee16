/**
 * The returns pages over HTTP, on both stores: the access fixture's analyst (council 990) uploads the
 * returns fixture's CIN census: clean, it imports and its batch is recorded; with an error, the finding
 * is listed with a link to the child, the import is refused without accepting and with accepting stores
 * the rest and names the row left out; a file that is not the return is one message and changes nothing;
 * the 903 CSV set and Annex A are checked and imported; a post without the CSRF token and a team
 * manager are refused (audited); an export download is audited.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { buildAccessCouncil, ON_DATE } from '../../access/fixtures/access-council.ts';
import { createApp } from '../app.ts';
import { auditSince, lastAuditId, signInAs, type TestSession } from '../testing.ts';
import { buildReturnFiles, CHILD_WITH_ERROR, RETURN_YEAR, type ReturnFiles } from './returns.fixture.ts';

for (const backend of testBackends()) {
  describe(`returns pages [${backend.name}]`, () => {
    let db: Store;
    let app: ReturnType<typeof createApp>;
    let files: ReturnFiles;
    const sessions: Record<string, TestSession> = {};
    const headers = (who: string) => ({ cookie: sessions[who]!.cookie, accept: 'text/html' });
    const get = (who: string, path: string) => app.request(path, { headers: headers(who) });
    const post = (who: string, path: string, body: FormData | URLSearchParams, csrf = true) => {
      if (csrf) body.set('_csrf', sessions[who]!.csrf);
      return app.request(path, { method: 'POST', body, headers: headers(who) });
    };
    const upload = (who: string, kind: string, sent: { name: string; body: string | Uint8Array }[], csrf = true) => {
      const form = new FormData();
      form.set('kind', kind);
      for (const file of sent)
        form.append(
          'files',
          new File([typeof file.body === 'string' ? file.body : new Uint8Array(file.body)], file.name),
        );
      return post(who, '/returns/uploads', form, csrf);
    };
    const count = async (sql: string) => Number((await db.query<{ n: number }>(sql))[0]?.n);
    const batches = () => count('SELECT count(*)::int AS n FROM import_batch');
    const children = () => count(`SELECT count(*)::int AS n FROM child WHERE la_code = '990'`);
    const referralsOf = (child: string) =>
      count(`SELECT count(*)::int AS n FROM referral WHERE la_code = '990' AND child_id = '${child}'`);
    /** Uploads and follows the redirect to the findings page: its address and HTML. */
    const checked = async (kind: string, sent: { name: string; body: string | Uint8Array }[]) => {
      const response = await upload('analyst', kind, sent);
      assert.equal(response.status, 303, await response.clone().text());
      const location = response.headers.get('location')!;
      assert.match(location, /^\/returns\/uploads\/[\w-]+$/);
      const page = await get('analyst', location);
      assert.equal(page.status, 200);
      return { location, html: await page.text() };
    };
    const importing = (location: string, accept: boolean) =>
      post('analyst', `${location}/import`, new URLSearchParams(accept ? { acceptErrors: 'yes' } : {}));

    before(async () => {
      const source = await backend.open();
      try {
        files = await buildReturnFiles(source);
      } finally {
        await source.close();
      }
      db = await backend.open();
      await buildAccessCouncil(db);
      for (const who of ['sw', 'tm', 'hos', 'qa', 'councillor', 'admin', 'analyst'])
        sessions[who] = await signInAs(db, who);
      app = createApp({ db, today: () => ON_DATE, oidc: undefined });
    });
    after(() => db?.close());

    test('the navigation shows Returns to the analyst, not to a team manager', async () => {
      assert.match(await (await get('analyst', '/children')).text(), /href="\/returns"/);
      assert.doesNotMatch(await (await get('tm', '/children')).text(), /href="\/returns"/);
    });

    test('a clean CIN census: no errors, imported with one button, its batch recorded and shown', async () => {
      const before = await batches();
      const { location, html } = await checked('cin', [{ name: 'cin.xml', body: files.cinClean }]);
      assert.match(html, /data-testid="error-count">0</);
      assert.match(html, /Import the return/);
      const mark = await lastAuditId(db);
      const response = await importing(location, false);
      assert.equal(response.status, 303);
      const batchPath = response.headers.get('location')!;
      assert.match(batchPath, /^\/returns\/imports\/\d+$/);
      assert.equal(await batches(), before + 1);
      assert.ok((await referralsOf(CHILD_WITH_ERROR)) > 0);
      const audit = await auditSince(db, mark);
      assert.deepEqual(
        audit.filter((row) => row.action === 'import').map((row) => row.entity),
        ['cin'],
      );
      const batch = await (await get('analyst', batchPath)).text();
      assert.match(batch, /cin\.xml/);
      assert.match(batch, /[0-9a-f]{64}/, 'the file hash');
      assert.match(batch, /No row was left out/);
      assert.equal((await get('analyst', location)).status, 404, 'an imported upload is gone');
      const history = await (await get('analyst', '/returns/imports')).text();
      assert.match(history, new RegExp(`href="${batchPath}"`));
      const [view] = (await auditSince(db, mark)).filter((row) => row.entity === 'import_batch');
      assert.equal(view?.action, 'view', 'opening a batch is audited');
    });

    test('a census with an error: listed with a link to the child; refused unless accepted, then the row left out named', async () => {
      const { location, html } = await checked('cin', [{ name: 'census.xml', body: files.cinWithError }]);
      assert.doesNotMatch(html, /data-testid="error-count">0</);
      assert.match(
        html,
        new RegExp(`<a class="govuk-link" href="/children/${CHILD_WITH_ERROR}">${CHILD_WITH_ERROR}</a>`),
      );
      assert.match(html, /data-testid="rule-counts"/);
      assert.match(html, /census\.xml/);
      const csv = await get('analyst', `${location}/findings.csv`);
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-disposition') ?? '', /attachment/);
      assert.match(await csv.text(), new RegExp(CHILD_WITH_ERROR));
      const xlsx = await get('analyst', `${location}/findings.xlsx`);
      assert.equal(
        Buffer.from(await xlsx.arrayBuffer())
          .subarray(0, 2)
          .toString(),
        'PK',
      );

      const [before, referrals] = [await batches(), await referralsOf(CHILD_WITH_ERROR)];
      const refused = await importing(location, false);
      assert.equal(refused.status, 400);
      assert.match(await refused.text(), /tick the box to import what can be stored/);
      assert.deepEqual([await batches(), await referralsOf(CHILD_WITH_ERROR)], [before, referrals]);

      const accepted = await importing(location, true);
      assert.equal(accepted.status, 303);
      assert.equal(await batches(), before + 1);
      const batch = await (await get('analyst', accepted.headers.get('location')!)).text();
      assert.match(batch, /data-testid="left-out"/);
      assert.match(batch, new RegExp(`census\\.xml</td><td class="govuk-table__cell govuk-table__cell--numeric">\\d+`));
      assert.match(batch, new RegExp(`href="/children/${CHILD_WITH_ERROR}"`));
    });

    test('a file that is not the return: one clear message, nothing kept or stored', async () => {
      const [before, kids, mark] = [await batches(), await children(), await lastAuditId(db)];
      const wrongKind = await upload('analyst', 'annexa', [{ name: 'cin.xml', body: files.cinClean }]);
      assert.equal(wrongKind.status, 400);
      assert.match(await wrongKind.text(), /Annex A is one Excel workbook \(\.xlsx\)/);
      const unreadable = await upload('analyst', 'cin', [{ name: 'cin.xml', body: 'not a census' }]);
      assert.equal(unreadable.status, 400);
      const text = await unreadable.text();
      assert.equal((text.match(/govuk-error-summary__list/g) ?? []).length, 1);
      assert.match(text, /cin\.xml/);
      assert.doesNotMatch(text, /\/tmp\/|kestrel-upload-/, 'the temporary folder is not named');
      const noFile = await upload('analyst', 'cin', []);
      assert.equal(noFile.status, 400);
      assert.match(await noFile.text(), /Select the return file to upload/);
      assert.deepEqual([await batches(), await children()], [before, kids]);
      assert.deepEqual(await auditSince(db, mark), [], 'nothing checked, nothing audited');
    });

    test('a file over the return size limit is refused before it is read', async () => {
      const small = createApp({ db, today: () => ON_DATE, oidc: undefined, limits: { maxReturnBytes: 1000 } });
      const form = new FormData();
      form.set('kind', 'cin');
      form.set('_csrf', sessions['analyst']!.csrf);
      form.append('files', new File([files.cinClean], 'cin.xml'));
      const response = await small.request('/returns/uploads', {
        method: 'POST',
        body: form,
        headers: headers('analyst'),
      });
      assert.equal(response.status, 413);
      assert.match(await response.text(), /larger than 1000 bytes/);
    });

    test('the 903 CSV set and Annex A are checked and imported', async () => {
      const before = await batches();
      const csv = await checked('903', files.csv903);
      assert.match(csv.html, /episodes\.csv/i);
      assert.equal((await importing(csv.location, true)).status, 303);
      const annexA = await checked('annexa', [{ name: 'annexa.xlsx', body: files.annexA }]);
      assert.equal((await importing(annexA.location, true)).status, 303);
      const kinds = await db.query<{ kind: string; collection_year: number | null }>(
        'SELECT kind, collection_year FROM import_batch ORDER BY id DESC LIMIT 2',
      );
      assert.deepEqual(
        kinds.map((k) => [k.kind, k.collection_year]),
        [
          ['annexa', null],
          ['903', RETURN_YEAR],
        ],
      );
      assert.equal(await batches(), before + 2);
    });

    test('every role but the analyst is refused every returns page', async () => {
      for (const who of ['sw', 'tm', 'hos', 'qa', 'councillor', 'admin'])
        for (const path of ['/returns', '/returns/imports', '/returns/imports/1', '/returns/exports'])
          assert.equal((await get(who, path)).status, 403, `${who} ${path}`);
    });

    test('without the CSRF token, or as a team manager: refused, audited, nothing kept', async () => {
      const mark = await lastAuditId(db);
      const noToken = await upload('analyst', 'cin', [{ name: 'cin.xml', body: files.cinClean }], false);
      assert.equal(noToken.status, 403);
      for (const path of ['/returns', '/returns/imports', '/returns/exports'])
        assert.equal((await get('tm', path)).status, 403, path);
      const tmUpload = await upload('tm', 'cin', [{ name: 'cin.xml', body: files.cinClean }]);
      assert.equal(tmUpload.status, 403);
      const tmExport = await post('tm', '/returns/exports', new URLSearchParams({ kind: 'cin', year: '2025' }));
      assert.equal(tmExport.status, 403);
      const audit = await auditSince(db, mark);
      assert.deepEqual(
        audit.map((row) => row.action),
        ['denied', 'denied', 'denied', 'denied', 'denied', 'denied'],
      );
    });

    test('an export download: the file, and an audit row naming the analyst', async () => {
      const mark = await lastAuditId(db);
      const response = await post(
        'analyst',
        '/returns/exports',
        new URLSearchParams({ kind: 'cin', year: String(RETURN_YEAR) }),
      );
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="CIN_990_2025\.xml"/);
      assert.match(await response.text(), new RegExp(`<LAchildID>${CHILD_WITH_ERROR}</LAchildID>`));
      const [analyst] = await db.query<{ id: string }>(`SELECT id FROM app_user WHERE username = 'analyst'`);
      const audit = await auditSince(db, mark);
      assert.deepEqual(
        audit.map((row) => [row.actor, row.action, row.entity, row.detail?.['target']]),
        [[analyst?.id, 'export', 'cin', 'CIN_990_2025.xml']],
      );
      const annexA = await post('analyst', '/returns/exports', new URLSearchParams({ kind: 'annexa', at: 'soon' }));
      assert.equal(annexA.status, 400);
      assert.match(await annexA.text(), /Enter the inspection date/);
    });
  });
}
