/**
 * Single sign-on end to end against a real OpenID Connect provider (oidc-provider, started here on a
 * random port of this machine with its development login form): the browser is sent to the provider
 * with PKCE, signs in there, comes back with a code, and gets a Kestrel session whose role and team come
 * from the mapped group claim; a person the mapping does not know gets the no-access page and no
 * session; each outcome is audited.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { Store } from '../../store/db.ts';
import { testBackends } from '../../store/testing.ts';
import { buildCouncil, buildTeam } from '../../records/factories.ts';
import { findUser } from '../../access/users.ts';
import { OidcMapping } from '../../access/oidc.ts';
import { createApp } from '../app.ts';
import { auditSince, lastAuditId } from '../testing.ts';

const REDIRECT = 'http://kestrel.test/sign-in/oidc/callback';
const PEOPLE: Record<string, { name: string; groups: string[] }> = {
  'jo.manager': { name: 'Jo Manager', groups: ['everyone', 'grp-team-a-managers'] },
  stranger: { name: 'A Stranger', groups: ['everyone'] },
};

async function startProvider(): Promise<{ issuer: string; server: Server }> {
  let provider: Provider | undefined;
  const server = createServer((req, res) => provider!.callback()(req, res));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'kestrel',
        client_secret: 'a-secret-for-this-test-only',
        redirect_uris: [REDIRECT],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    conformIdTokenClaims: false, // the ID token carries the profile claims, as Entra ID's does
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'], email: ['email'] },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, preferred_username: sub, ...PEOPLE[sub] }),
    }),
    cookies: { keys: ['a-cookie-key-for-this-test-only'] },
  });
  return { issuer, server };
}

/** Follows the provider's redirects and forms as a browser would, until it is sent back to Kestrel. */
async function signInAtProvider(start: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = start;
  let init: RequestInit = {};
  for (let hop = 0; hop < 20; hop++) {
    if (url.startsWith(REDIRECT)) return url;
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as object), cookie },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      init = {};
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt)
      throw new Error(`unexpected page from the provider (${response.status}): ${html.slice(0, 300)}`);
    url = new URL(action.replaceAll('&amp;', '&'), url).href;
    const body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
    init = { method: 'POST', body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } };
  }
  throw new Error('too many redirects at the provider');
}

for (const backend of testBackends()) {
  describe(`single sign-on with OpenID Connect on ${backend.name}`, () => {
    let db: Store;
    let provider: { issuer: string; server: Server };
    let app: ReturnType<typeof createApp>;
    before(async () => {
      provider = await startProvider();
      db = await backend.open();
      await buildCouncil(db, { la_code: '990' });
      await buildTeam(db, { la_code: '990', id: 'TA' });
      app = createApp({
        db,
        oidc: {
          issuer: provider.issuer,
          clientId: 'kestrel',
          clientSecret: 'a-secret-for-this-test-only',
          redirectUri: REDIRECT,
          name: 'Test Council',
          mapping: OidcMapping.parse({
            laCode: '990',
            groups: { 'grp-team-a-managers': { role: 'team_manager', teamId: 'TA' } },
          }),
        },
      });
    });
    after(async () => {
      await db.close();
      provider.server.closeAllConnections();
      await new Promise((done) => provider.server.close(done));
    });

    /** Starts at Kestrel's sign-in page, signs in at the provider, returns Kestrel's final answer. */
    async function signOn(login: string): Promise<{ response: Response; cookies: string[] }> {
      const page = await app.request('http://kestrel.test/sign-in');
      const html = await page.text();
      assert.match(html, /Sign in with Test Council/);
      const csrfCookie = page.headers.getSetCookie()[0]!.split(';')[0]!;
      const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
      const start = await app.request('http://kestrel.test/sign-in/oidc', {
        method: 'POST',
        headers: { cookie: csrfCookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, next: '/api/me' }).toString(),
      });
      assert.equal(start.status, 303);
      const authorize = new URL(start.headers.get('location')!);
      assert.equal(authorize.origin, provider.issuer);
      assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
      assert.ok(authorize.searchParams.get('nonce'));
      const pending = start.headers.getSetCookie().find((line) => line.startsWith('kestrel-oidc='))!;
      assert.match(pending, /HttpOnly/);
      const back = await signInAtProvider(authorize.href, login);
      const response = await app.request(back, { headers: { cookie: pending.split(';')[0]! } });
      return { response, cookies: response.headers.getSetCookie() };
    }

    test('a mapped person signs in, gets a session and the mapped role and team', async () => {
      const before = await lastAuditId(db);
      const { response, cookies } = await signOn('jo.manager');
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), '/api/me');
      const session = cookies.find((line) => line.startsWith('kestrel-session='))!;
      assert.match(session, /HttpOnly/);
      const me = await app.request('/api/me', { headers: { cookie: session.split(';')[0]! } });
      assert.equal(me.status, 200);
      const body = (await me.json()) as { roles: string[]; displayName: string };
      assert.deepEqual([body.roles, body.displayName], [['team_manager'], 'Jo Manager']);
      const user = await findUser(db, 'jo.manager');
      assert.deepEqual([user?.team_id, user?.password_hash], ['TA', null]);
      const rows = (await auditSince(db, before)).map((r) => `${r.action} ${r.entity} ${r.detail?.via ?? ''}`.trim());
      assert.deepEqual(rows, ['create app_user', 'sign_in user_session oidc']);
    });

    test('a person the mapping does not know gets the no-access page, no session, and an audit row', async () => {
      const before = await lastAuditId(db);
      const { response, cookies } = await signOn('stranger');
      assert.equal(response.status, 403);
      assert.match(await response.text(), /You do not have access to Kestrel/);
      assert.equal(
        cookies.some((line) => line.startsWith('kestrel-session=') && !/Max-Age=0/.test(line)),
        false,
      );
      assert.equal(await findUser(db, 'stranger'), undefined);
      const [row] = await auditSince(db, before);
      assert.deepEqual([row?.action, row?.entity, row?.detail?.reason], ['denied', 'sign_in', 'unknown_person']);
    });

    test('a callback without the pending sign-in cookie is refused', async () => {
      const response = await app.request(`${REDIRECT}?code=stolen&state=guessed`);
      assert.equal(response.status, 400);
      assert.match(await response.text(), /did not complete/);
    });
  });
}
