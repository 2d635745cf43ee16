/**
 * Local sign-in over HTTP: the form and its CSRF token, the session cookie's flags, rotation, lockout
 * per account, throttling per address, inactivity and absolute expiry, revocation and sign-out, and
 * API tokens; each refusal and sign-in leaves its audit row. Clocks are given, never waited on.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { buildCouncil } from '../../records/factories.ts';
import { addUser, resetPassword } from '../../access/users.ts';
import { revokeSessions } from '../../access/sessions.ts';
import { ADDRESS_FAILURE_LIMIT } from '../../access/sign-in-limits.ts';
import { createApiToken } from '../../access/tokens.ts';
import { createApp } from '../app.ts';
import { auditSince, lastAuditId, TEST_PASSWORD } from '../testing.ts';

const T0 = new Date('2026-06-30T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

/** A browser: keeps the cookies the app sets, sends them back. */
class Browser {
  cookies = new Map<string, string>();
  constructor(
    private app: ReturnType<typeof createApp>,
    private extra: Record<string, string> = {},
  ) {}
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await this.app.request(path, {
      ...init,
      headers: { ...this.extra, ...(cookie ? { cookie } : {}), ...(init.headers as Record<string, string>) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      if (/Max-Age=0/.test(line) || value === '') this.cookies.delete(name!);
      else this.cookies.set(name!, value!);
    }
    return response;
  }
  async csrf(): Promise<string> {
    const html = await (await this.request('/sign-in')).text();
    return /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
  }
  async signIn(username: string, password: string, csrf?: string): Promise<Response> {
    const token = csrf ?? (await this.csrf());
    return this.request('/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token, username, password, next: '/api/me' }).toString(),
    });
  }
}

for (const backend of testBackends()) {
  describe(`local sign-in over HTTP on ${backend.name}`, () => {
    let db: Store;
    let clock = T0;
    let app: ReturnType<typeof createApp>;
    before(async () => {
      db = await backend.open();
      await buildCouncil(db, { la_code: '990' });
      for (const username of ['pat', 'sam', 'lee', 'kim'])
        await addUser(
          db,
          { laCode: '990', username, displayName: username, role: 'quality_assurance' },
          TEST_PASSWORD,
          'test',
        );
      await addUser(
        db,
        { laCode: '990', username: 'feed', displayName: 'Feed', role: 'councillor', serviceAccount: true },
        null,
        'test',
      );
      app = createApp({ db, now: () => clock, today: () => '2026-06-30', oidc: undefined });
    });
    after(() => db.close());

    test('sign in: a fresh HttpOnly SameSite=Lax session cookie, rotated away from the one held before', async () => {
      clock = T0;
      const browser = new Browser(app);
      const first = await browser.signIn('pat', TEST_PASSWORD);
      assert.equal(first.status, 303);
      assert.equal(first.headers.get('location'), '/api/me');
      const setCookie = first.headers.getSetCookie().find((line) => line.startsWith('kestrel-session='))!;
      assert.match(setCookie, /HttpOnly/);
      assert.match(setCookie, /SameSite=Lax/);
      assert.doesNotMatch(setCookie, /Secure/);
      const old = browser.cookies.get('kestrel-session')!;
      assert.equal((await browser.request('/api/me')).status, 200);
      const before = await lastAuditId(db);
      assert.equal((await browser.signIn('pat', TEST_PASSWORD)).status, 303);
      assert.notEqual(browser.cookies.get('kestrel-session'), old, 'a new session id at sign-in');
      const stale = await app.request('/api/me', { headers: { cookie: `kestrel-session=${old}` } });
      assert.equal(stale.status, 401, 'the session held before signing in again is revoked');
      const rows = await auditSince(db, before);
      assert.ok(rows.some((r) => r.action === 'sign_in' && r.entity === 'user_session'));
    });

    test('over TLS the cookie is Secure and __Host- prefixed, and HSTS is sent', async () => {
      clock = T0;
      const secure = createApp({ db, now: () => clock, oidc: undefined });
      const browser = new Browser(secure);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(
        await (await browser.request('https://kestrel.test/sign-in')).text(),
      )![1]!;
      const response = await browser.request('https://kestrel.test/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, username: 'pat', password: TEST_PASSWORD }).toString(),
      });
      assert.equal(response.status, 303);
      const setCookie = response.headers.getSetCookie().find((line) => line.startsWith('__Host-kestrel-session='));
      assert.ok(setCookie, 'the __Host- cookie is set');
      assert.match(setCookie, /Secure/);
      assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=\d+/);
      assert.equal((await app.request('/healthz')).headers.get('strict-transport-security'), null, 'no HSTS over http');
    });

    test('a wrong password is refused and audited; the fifth locks the account, even against the right one', async () => {
      clock = T0;
      const browser = new Browser(app, { 'x-forwarded-for': '198.51.100.1' });
      const before = await lastAuditId(db);
      for (let i = 0; i < 4; i++) {
        const response = await browser.signIn('sam', 'not the password at all');
        assert.equal(response.status, 401);
        assert.match(await response.text(), /Enter a correct user name and password/);
      }
      const fifth = await browser.signIn('sam', 'not the password at all');
      assert.match(await fifth.text(), /locked/);
      const right = await browser.signIn('sam', TEST_PASSWORD);
      assert.equal(right.status, 401);
      assert.match(await right.text(), /locked/);
      assert.equal(browser.cookies.has('kestrel-session'), false);
      const reasons = (await auditSince(db, before)).map((r) => `${r.action}:${r.detail?.reason}`);
      assert.deepEqual(reasons.filter((r) => r === 'denied:bad_password').length, 5);
      assert.ok(reasons.includes('denied:locked_out'));
      assert.ok(reasons.includes('denied:locked'));
      clock = minutes(16); // the lockout lasts 15 minutes
      assert.equal((await browser.signIn('sam', TEST_PASSWORD)).status, 303);
    });

    test(`more than ${ADDRESS_FAILURE_LIMIT} failures from one address refuse it, whatever the account`, async () => {
      clock = minutes(100);
      // app.request() has no socket: every request comes from "unknown", one address for this test.
      const browser = new Browser(app);
      const csrf = await browser.csrf();
      for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++)
        assert.equal((await browser.signIn(`nobody${i}`, 'wrong password here', csrf)).status, 401);
      const before = await lastAuditId(db);
      const refused = await browser.signIn('kim', TEST_PASSWORD, csrf);
      assert.equal(refused.status, 429);
      assert.match(await refused.text(), /Too many failed sign-ins/);
      const [row] = await auditSince(db, before);
      assert.equal(row?.detail?.reason, 'address_throttled');
      clock = minutes(116); // the window has passed
      assert.equal((await browser.signIn('kim', TEST_PASSWORD, csrf)).status, 303);
    });

    test('a session lapses after 30 idle minutes and 12 hours after sign-in, however busy', async () => {
      clock = minutes(200);
      const idle = new Browser(app);
      await idle.signIn('lee', TEST_PASSWORD);
      clock = minutes(229);
      assert.equal((await idle.request('/api/me')).status, 200);
      clock = minutes(260); // 31 minutes since its last use
      assert.equal((await idle.request('/api/me')).status, 401);
      assert.equal(idle.cookies.has('kestrel-session'), false, 'the lapsed cookie is cleared');

      clock = minutes(300);
      const busy = new Browser(app);
      await busy.signIn('lee', TEST_PASSWORD);
      for (let m = 320; m < 300 + 12 * 60; m += 20) {
        clock = minutes(m);
        assert.equal((await busy.request('/api/me')).status, 200, `at minute ${m}`);
      }
      clock = minutes(300 + 12 * 60 + 1);
      assert.equal((await busy.request('/api/me')).status, 401);
    });

    test('revoked sessions stop at once; sign-out needs the CSRF token and ends the session', async () => {
      clock = minutes(2000);
      const browser = new Browser(app);
      await browser.signIn('pat', TEST_PASSWORD);
      const user = (await db.query<{ id: string }>("SELECT id FROM app_user WHERE username = 'pat'"))[0]!;
      await revokeSessions(db, '990', user.id, 'admin', minutes(2001));
      clock = minutes(2002);
      assert.equal((await browser.request('/api/me')).status, 401);

      await browser.signIn('pat', TEST_PASSWORD);
      const forged = await browser.request('/sign-out', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: '_csrf=forged',
      });
      assert.equal(forged.status, 403);
      assert.equal((await browser.request('/api/me')).status, 200, 'a forged sign-out changes nothing');
      const me = (await (await browser.request('/api/me')).json()) as { csrfToken: string };
      const before = await lastAuditId(db);
      const out = await browser.request('/sign-out', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: me.csrfToken }).toString(),
      });
      assert.equal(out.status, 303);
      assert.deepEqual(
        (await auditSince(db, before)).map((r) => `${r.action} ${r.entity}`),
        ['sign_out user_session'],
      );
      assert.equal((await browser.request('/api/me')).status, 401);
    });

    test('a password change ends every session of the account', async () => {
      clock = minutes(3000);
      const browser = new Browser(app);
      await browser.signIn('kim', TEST_PASSWORD);
      await resetPassword(db, 'kim', `${TEST_PASSWORD} new`, 'admin');
      assert.equal((await browser.request('/api/me')).status, 401);
    });

    test('an API token acts as its service account; a bad one is refused with 401 and audited', async () => {
      clock = minutes(4000);
      const token = await createApiToken(
        db,
        { username: 'feed', role: 'councillor', label: 'dashboard', expiresAt: minutes(4000 + 60 * 24), now: clock },
        'admin',
      );
      const me = await app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });
      assert.equal(me.status, 200);
      assert.deepEqual([((await me.json()) as { roles: string[] }).roles, 'token'], [['councillor'], 'token']);
      const before = await lastAuditId(db);
      const bad = await app.request('/api/me', { headers: { authorization: 'Bearer kst_notarealtokenatallnotreal' } });
      assert.equal(bad.status, 401);
      assert.equal(((await bad.json()) as { error: { code: string } }).error.code, 'unauthenticated');
      const [row] = await auditSince(db, before);
      assert.deepEqual([row?.action, row?.entity, row?.detail?.reason], ['denied', 'api_token', 'unknown_token']);
      clock = minutes(4000 + 60 * 24 + 1);
      const expired = await app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });
      assert.equal(expired.status, 401);
    });
  });
}
