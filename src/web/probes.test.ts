/**
 * Probes, as an attacker would send them: no session, another council's child, a restricted child,
 * `<script>` in every text input, SQL metacharacters in every parameter, a forged CSRF token, an
 * oversized body, path traversal. Each is refused or harmless: no 500, no stack trace, no markup echoed
 * unescaped, no child revealed, and the refusals audited.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../store/db.ts';
import { testBackends } from '../store/testing.ts';
import { buildAccessCouncil, ON_DATE } from '../access/fixtures/access-council.ts';
import { addUser } from '../access/users.ts';
import { createApiToken } from '../access/tokens.ts';
import { createApp } from './app.ts';
import { auditSince, lastAuditId, signInAs, type TestSession } from './testing.ts';

const SCRIPT = '<script>alert(1)</script>';
const SQL = ["' OR '1'='1", "'; DROP TABLE child; --", "CA1' UNION SELECT * FROM app_user --", '%27%20OR%201=1'];

const API_GETS = [
  '/api/me',
  `/api/indicators?at=${ON_DATE}`,
  `/api/indicators/cin-at-date/children?at=${ON_DATE}`,
  '/api/children/CA1',
  '/api/audit',
];

for (const backend of testBackends()) {
  describe(`probes on ${backend.name}`, () => {
    let db: Store;
    let app: ReturnType<typeof createApp>;
    let analyst: TestSession;
    let tm: TestSession;
    let qa: TestSession;
    before(async () => {
      db = await backend.open();
      await buildAccessCouncil(db);
      analyst = await signInAs(db, 'analyst');
      tm = await signInAs(db, 'tm');
      qa = await signInAs(db, 'qa');
      app = createApp({ db, today: () => ON_DATE, oidc: undefined, limits: { maxReturnBytes: 4096 } });
    });
    after(() => db.close());

    /** Asserts an answer is a refusal in the one shape, with no stack trace or internals. */
    async function refusal(
      response: Response,
      status: number,
    ): Promise<{ code: string; message: string; field?: string }> {
      assert.equal(response.status, status);
      const text = await response.text();
      assert.doesNotMatch(text, /at \w+ \(|node_modules|\.ts:\d+|stack/i);
      return (JSON.parse(text) as { error: { code: string; message: string; field?: string } }).error;
    }

    test('no session: every API route is 401 and audited; pages go to sign-in', async () => {
      for (const path of [...API_GETS, '/api/returns/validate?return=cin']) {
        const before = await lastAuditId(db);
        const post = path.startsWith('/api/returns');
        const response = await app.request(path, post ? { method: 'POST', body: '<x/>' } : {});
        assert.equal((await refusal(response, 401)).code, 'unauthenticated', path);
        const rows = await auditSince(db, before);
        assert.deepEqual(
          rows.map((r) => [r.actor, r.action, r.detail?.reason]),
          [['anonymous', 'denied', 'no_session']],
          path,
        );
      }
      const page = await app.request('/');
      assert.equal(page.status, 303);
      assert.match(page.headers.get('location') ?? '', /^\/sign-in/);
      // A made-up session cookie is no session.
      const made = await app.request('/api/me', { headers: { cookie: 'kestrel-session=made-up-token-value' } });
      await refusal(made, 401);
    });

    test("another council's child, a restricted child and no child at all answer alike: 404, audited", async () => {
      const answers: string[] = [];
      for (const id of ['CX', 'CRES', 'NOSUCHCHILD']) {
        const before = await lastAuditId(db);
        const response = await app.request(`/api/children/${id}`, { headers: { cookie: analyst.cookie } });
        answers.push(JSON.stringify(await refusal(response, 404)));
        const [row] = await auditSince(db, before);
        assert.deepEqual([row?.action, row?.child_id, row?.detail?.reason], ['denied', id, 'not_found']);
      }
      assert.equal(new Set(answers).size, 1, 'the three answers are identical');
      // The manager named on the restriction opens it.
      assert.equal((await app.request('/api/children/CRES', { headers: { cookie: tm.cookie } })).status, 200);
      // Figures of another council are refused and audited.
      const before = await lastAuditId(db);
      const other = await app.request(`/api/indicators?at=${ON_DATE}&la=991`, { headers: { cookie: analyst.cookie } });
      await refusal(other, 403);
      assert.deepEqual(
        (await auditSince(db, before)).map((r) => [r.action, r.detail?.reason]),
        [['denied', 'other_council']],
      );
      const drill = await app.request(`/api/indicators/cin-at-date/children?at=${ON_DATE}&la=991`, {
        headers: { cookie: analyst.cookie },
      });
      await refusal(drill, 404);
    });

    test('<script> in every text input comes back escaped or as JSON, never as markup', async () => {
      const encoded = encodeURIComponent(SCRIPT);
      const form = await app.request('/sign-in');
      const cookie = form.headers.getSetCookie()[0]!.split(';')[0]!;
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
      const signIn = await app.request('/sign-in', {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, username: SCRIPT, password: SCRIPT, next: SCRIPT }).toString(),
      });
      assert.equal(signIn.status, 401);
      const html = await signIn.text();
      assert.doesNotMatch(html, /<script/i);
      assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'the name is shown back, escaped');
      const pages = [`/sign-in?next=${encoded}`, `/${encoded}`, `/nothing?q=${encoded}`];
      for (const path of pages) {
        const response = await app.request(path, { headers: { cookie: analyst.cookie, accept: 'text/html' } });
        assert.doesNotMatch(await response.text(), /<script/i, path);
      }
      const apis = [
        `/api/children/${encoded}`,
        `/api/indicators?at=${encoded}`,
        `/api/indicators?at=${ON_DATE}&id=${encoded}`,
        `/api/indicators?at=${ON_DATE}&level=${encoded}`,
        `/api/indicators?at=${ON_DATE}&period=${encoded}`,
        `/api/indicators/${encoded}/children?at=${ON_DATE}`,
        `/api/audit?child=${encoded}&user=${encoded}`,
        `/api/audit?action=${encoded}`,
      ];
      for (const path of apis) {
        const response = await app.request(path, { headers: { cookie: qa.cookie } });
        assert.ok(response.status < 500, path);
        assert.match(response.headers.get('content-type') ?? '', /application\/json/, path);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      }
    });

    test('SQL metacharacters in every parameter are data: no error, no rows they should not find', async () => {
      for (const value of SQL) {
        const v = encodeURIComponent(value);
        for (const path of [
          `/api/children/${v}`,
          `/api/indicators?at=${v}`,
          `/api/indicators?at=${ON_DATE}&id=${v}`,
          `/api/indicators?at=${ON_DATE}&level=team:${v}`,
          `/api/indicators?at=${ON_DATE}&level=worker:${v}`,
          `/api/indicators?at=${ON_DATE}&la=${v}`,
          `/api/indicators/${v}/children?at=${ON_DATE}`,
          `/api/audit?child=${v}`,
          `/api/audit?user=${v}`,
          `/api/audit?from=${v}`,
        ]) {
          const response = await app.request(path, { headers: { cookie: qa.cookie } });
          assert.ok([200, 400, 403, 404].includes(response.status), `${path}: ${response.status}`);
          if (path.startsWith('/api/audit?child') || path.startsWith('/api/audit?user')) {
            // Matched literally: only the refusals of the probes above, which named this very string.
            assert.equal(response.status, 200);
            const rows = (await response.json()) as Array<{ childId: string | null; action: string }>;
            assert.ok(
              rows.every((row) => row.childId === value && row.action === 'denied'),
              path,
            );
            if (path.startsWith('/api/audit?user')) assert.deepEqual(rows, [], `${path} finds no one`);
          }
        }
      }
      const form = await app.request('/sign-in');
      const cookie = form.headers.getSetCookie()[0]!.split(';')[0]!;
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
      for (const value of SQL) {
        const signIn = await app.request('/sign-in', {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ _csrf: csrf, username: value, password: value }).toString(),
        });
        assert.equal(signIn.status, 401, `sign-in as ${value}`);
      }
      const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM child');
      assert.equal(count?.n, 9, 'the children are all still there');
    });

    test('a forged or missing CSRF token is refused and audited; an API token needs none', async () => {
      const attempts: Array<Record<string, string>> = [{ 'x-csrf-token': 'forged' }, {}, { 'x-csrf-token': tm.csrf }];
      for (const headers of attempts) {
        const before = await lastAuditId(db);
        const response = await app.request('/api/returns/validate?return=cin', {
          method: 'POST',
          body: '<x/>',
          headers: { cookie: analyst.cookie, 'content-type': 'application/xml', ...headers },
        });
        assert.equal((await refusal(response, 403)).field, '_csrf');
        const [row] = await auditSince(db, before);
        assert.deepEqual([row?.action, row?.detail?.reason], ['denied', 'csrf']);
      }
      // An integration's token is no ambient credential: its POST needs no CSRF token.
      await addUser(
        db,
        { laCode: '990', username: 'loader', displayName: 'Loader', role: 'performance_analyst', serviceAccount: true },
        null,
        'test',
      );
      const token = await createApiToken(
        db,
        {
          username: 'loader',
          role: 'performance_analyst',
          label: 'probe',
          expiresAt: new Date(Date.now() + 86_400_000),
        },
        'test',
      );
      const byToken = await app.request('/api/returns/validate?return=cin', {
        method: 'POST',
        body: 'not xml',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/xml' },
      });
      assert.equal((await refusal(byToken, 400)).field, 'body', 'past the CSRF check, refused by the validator');
      // A sign-in form posted from elsewhere (no pre-session cookie) is refused too.
      const blind = await app.request('/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'username=analyst&password=whatever',
      });
      assert.equal(blind.status, 403);
    });

    test('an oversized body is refused with 413 before it is read', async () => {
      const big = 'x'.repeat(2 * 1024 * 1024);
      const form = await app.request('/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(big.length) },
        body: big,
      });
      assert.equal((await refusal(form, 413)).field, 'body');
      const file = await app.request('/api/returns/validate?return=cin', {
        method: 'POST',
        body: 'x'.repeat(5000),
        headers: { cookie: analyst.cookie, 'x-csrf-token': analyst.csrf, 'content-length': '5000' },
      });
      assert.equal((await refusal(file, 413)).code, 'too_large');
    });

    test('path traversal reaches no file', async () => {
      for (const path of [
        '/assets/..%2f..%2fpackage.json',
        '/assets/images/..%2f..%2f..%2f..%2fpackage.json',
        '/assets/images/%2e%2e%2f%2e%2e%2fpackage.json',
        '/assets/..\\..\\package.json',
      ]) {
        const response = await app.request(path, { headers: { cookie: analyst.cookie } });
        assert.equal(response.status, 404, path);
        assert.doesNotMatch(await response.text(), /"name": "kestrel"/);
      }
      const child = await app.request('/api/children/..%2f..%2fetc%2fpasswd', { headers: { cookie: analyst.cookie } });
      assert.equal(child.status, 404);
      const next = await app.request('/sign-in?next=//evil.example/');
      assert.match(await next.text(), /name="next" value="\/"/, 'a sign-in never sends the browser off-site');
    });

    test('every answer carries the security headers', async () => {
      for (const path of ['/sign-in', '/api/me', '/healthz', '/assets/kestrel.css']) {
        const response = await app.request(path, { headers: { cookie: analyst.cookie } });
        const csp = response.headers.get('content-security-policy') ?? '';
        assert.match(csp, /frame-ancestors 'none'/, path);
        assert.match(csp, /script-src 'self'/, path);
        assert.doesNotMatch(csp, /unsafe-inline/, path);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
        assert.equal(response.headers.get('referrer-policy'), 'same-origin', path);
      }
    });
  });
}
