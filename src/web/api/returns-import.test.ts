/**
 * POST /api/returns/import over HTTP, on both stores: a CIN census exported from the returns fixture
 * (returns/store/test-council.ts) imported into the access fixture's council (990) by its analyst, the
 * same file with an error refused whole (422) or imported with acceptErrors (the bad referral left out
 * and named), and a team manager refused (403, audited).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { buildAccessCouncil, ON_DATE } from '../../access/fixtures/access-council.ts';
import { buildReturnsCouncil, RETURN_YEAR } from '../../returns/store/test-council.ts';
import { exportCin } from '../../returns/store/export-cin.ts';
import { writeCinXml } from '../../returns/io/write-cin-xml.ts';
import { createApp } from '../app.ts';
import { auditSince, lastAuditId, signInAs, type TestSession } from '../testing.ts';

for (const backend of testBackends()) {
  describe(`returns import API [${backend.name}]`, () => {
    let db: Store;
    let app: ReturnType<typeof createApp>;
    let clean = '';
    let withError = '';
    const sessions: Record<string, TestSession> = {};
    const send = (who: string, query: string, body: string) =>
      app.request(`/api/returns/import?${query}`, {
        method: 'POST',
        body,
        headers: {
          cookie: sessions[who]!.cookie,
          'x-csrf-token': sessions[who]!.csrf,
          'content-type': 'application/xml',
        },
      });
    const count = async (sql: string) => Number((await db.query<{ n: number }>(sql))[0]?.n);
    const referrals = () => count(`SELECT count(*)::int AS n FROM referral WHERE la_code = '990'`);
    const batches = () => count('SELECT count(*)::int AS n FROM import_batch');
    const referralsOf = (child: string) =>
      count(`SELECT count(*)::int AS n FROM referral WHERE la_code = '990' AND child_id = '${child}'`);

    before(async () => {
      const source = await backend.open();
      const dir = await mkdtemp(join(tmpdir(), 'kestrel-import-test-'));
      try {
        await buildReturnsCouncil(source);
        await writeCinXml(join(dir, 'cin.xml'), await exportCin(source, '990', RETURN_YEAR), { laCode: '990' });
        clean = await readFile(join(dir, 'cin.xml'), 'utf8');
      } finally {
        await source.close();
        await rm(dir, { recursive: true, force: true });
      }
      // A referral source the DfE list does not have: an error, and a row the store cannot hold.
      withError = clean.replace('<ReferralSource>2A</ReferralSource>', '<ReferralSource>9Z</ReferralSource>');
      assert.notEqual(withError, clean);
      db = await backend.open();
      await buildAccessCouncil(db);
      for (const who of ['tm', 'analyst']) sessions[who] = await signInAs(db, who);
      app = createApp({ db, today: () => ON_DATE, oidc: undefined });
    });
    after(() => db?.close());

    test('a return with an error is refused whole: 422 with the finding, nothing stored', async () => {
      const [before, batchesBefore] = [await referrals(), await batches()];
      const response = await send('analyst', 'return=cin', withError);
      assert.equal(response.status, 422);
      const body = (await response.json()) as { errors: number; findings: Array<{ severity: string; child?: string }> };
      assert.ok(body.errors >= 1);
      assert.ok(body.findings.some((f) => f.severity === 'error' && f.child === 'RT0005'));
      assert.deepEqual([await referrals(), await batches()], [before, batchesBefore]);
      const [audit] = await db.query<{ action: string; entity: string }>(
        'SELECT action, entity FROM audit_log ORDER BY id DESC LIMIT 1',
      );
      assert.deepEqual([audit?.action, audit?.entity], ['view', 'return-validation'], 'the refused check is audited');
    });

    test('a file over the return size limit: 413 before it is read', async () => {
      const small = createApp({ db, today: () => ON_DATE, oidc: undefined, limits: { maxReturnBytes: 1000 } });
      const response = await small.request('/api/returns/import?return=cin', {
        method: 'POST',
        body: clean,
        headers: {
          cookie: sessions['analyst']!.cookie,
          'x-csrf-token': sessions['analyst']!.csrf,
          'content-type': 'application/xml',
          'content-length': String(Buffer.byteLength(clean)),
        },
      });
      assert.ok(Buffer.byteLength(clean) > 1000);
      assert.equal(response.status, 413);
    });

    test('with acceptErrors: 201, the rows the store can hold stored, the bad referral left out and named', async () => {
      const mark = await lastAuditId(db);
      const response = await send('analyst', 'return=cin&acceptErrors=true', withError);
      assert.equal(response.status, 201);
      const body = (await response.json()) as {
        batchId: number;
        errors: number;
        leftOut: number;
        leftOutRows: Array<{ table: string; child?: string; line?: number }>;
      };
      assert.ok(body.errors >= 1);
      assert.equal(body.leftOut, body.leftOutRows.length);
      assert.ok(body.leftOutRows.some((row) => row.table === 'referral' && row.child === 'RT0005' && row.line));
      assert.equal(await referralsOf('RT0005'), 0, 'the referral with the unknown source is left out');
      assert.ok((await referralsOf('RT0006')) > 0, 'the clean child is stored');
      const [analyst] = await db.query<{ id: string }>(`SELECT id FROM app_user WHERE username = 'analyst'`);
      const [batch] = await db.query<{ actor: string; accepted_errors: boolean }>(
        'SELECT actor, accepted_errors FROM import_batch WHERE id = $1',
        [body.batchId],
      );
      assert.deepEqual([batch?.actor, batch?.accepted_errors], [analyst?.id, true], 'the caller is the actor');
      const audit = await auditSince(db, mark);
      assert.deepEqual(
        audit.filter((row) => row.action === 'import').map((row) => [row.actor, row.entity]),
        [[analyst?.id, 'cin']],
      );
    });

    test('an analyst imports a clean CIN census: 201 with the batch, the rows stored', async () => {
      const batchesBefore = await batches();
      const response = await send('analyst', 'return=cin', clean);
      assert.equal(response.status, 201);
      const body = (await response.json()) as { batchId: number; laCode: string; stored: number; leftOut: number };
      assert.equal(body.laCode, '990');
      assert.equal(body.leftOut, 0);
      assert.ok(body.stored > 0, 'the referral left out before is stored now');
      assert.equal(await batches(), batchesBefore + 1);
      assert.ok((await referralsOf('RT0005')) > 0);
    });

    test('a file that is not the return: 400 naming the body', async () => {
      const response = await send('analyst', 'return=cin', 'not xml');
      assert.equal(response.status, 400);
      assert.equal(((await response.json()) as { error: { field: string } }).error.field, 'body');
    });

    test('a team manager may not import: 403, a denied audit row, nothing stored', async () => {
      const [mark, batchesBefore] = [await lastAuditId(db), await batches()];
      const response = await send('tm', 'return=cin', clean);
      assert.equal(response.status, 403);
      const audit = await auditSince(db, mark);
      assert.deepEqual(
        audit.map((row) => row.action),
        ['denied'],
      );
      assert.equal(await batches(), batchesBefore);
    });
  });
}
