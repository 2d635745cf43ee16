/**
 * Single sign-on with OpenID Connect, authorization code flow with PKCE (RFC 7636) and a nonce:
 * POST /sign-in/oidc (a form post, so CSRF-checked) sends the browser to the provider with a fresh
 * state, nonce and code verifier kept in a short-lived signed HttpOnly cookie; the provider sends it
 * back to GET /sign-in/oidc/callback, where openid-client checks state, nonce and the ID token, and
 * access/oidc.ts maps the claims to an account. A person the mapping does not know gets a clear page
 * and no session.
 */
import { Hono, type Context } from 'hono';
import * as client from 'openid-client';
import { signInWithIdentity } from '../../access/oidc.ts';
import { SESSION_ABSOLUTE_HOURS } from '../../access/sessions.ts';
import { MessagePage } from '../pages/message.tsx';
import type { RequestEnv } from '../request-store.ts';
import { clearCookie, readCookie, writeCookie } from './cookies.ts';
import { providerConfiguration, type OidcSettings } from './oidc-config.ts';
import { sameText, sign } from './secret.ts';
import { safeNext } from './sign-in-routes.ts';

interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
}

const PENDING_SECONDS = 600;

function sealPending(pending: PendingSignIn): string {
  const body = Buffer.from(JSON.stringify(pending)).toString('base64url');
  return `${body}.${sign('oidc-pending', body)}`;
}

function openPending(value: string | undefined): PendingSignIn | undefined {
  const [body, mac] = (value ?? '').split('.');
  if (!body || !mac || !sameText(mac, sign('oidc-pending', body))) return undefined;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as PendingSignIn;
  } catch {
    return undefined;
  }
}

function page(c: Context<RequestEnv>, status: number, title: string, message: string): Response {
  c.status(status as 403);
  return c.html(
    `<!DOCTYPE html>${MessagePage({ title, message, link: { href: '/sign-in', text: 'Back to sign in' } })}`,
  );
}

export function oidcRoutes(settings: OidcSettings): Hono<RequestEnv> {
  const routes = new Hono<RequestEnv>();
  routes.post('/sign-in/oidc', async (c) => {
    const form = await c.req.parseBody();
    const config = await providerConfiguration(settings);
    const pending: PendingSignIn = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      next: safeNext(form.next),
    };
    writeCookie(c, 'oidc', sealPending(pending), PENDING_SECONDS);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUri,
      scope: 'openid profile email',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return c.redirect(url.href, 303);
  });

  routes.get('/sign-in/oidc/callback', async (c) => {
    const pending = openPending(readCookie(c, 'oidc'));
    clearCookie(c, 'oidc');
    if (!pending)
      return page(c, 400, 'Sign-in did not complete', 'The sign-in took too long or was started elsewhere. Try again.');
    const config = await providerConfiguration(settings);
    // The URL the provider sent the browser to, as registered (the server may sit behind a proxy).
    const current = new URL(settings.redirectUri);
    current.search = new URL(c.req.url).search;
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims() as Record<string, unknown> | undefined;
    } catch (error) {
      console.error(`Single sign-on failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!claims)
      return page(c, 400, 'Sign-in did not complete', 'Your council account could not be confirmed. Try again.');
    const result = await signInWithIdentity(c.var.db(), {
      mapping: settings.mapping,
      claims,
      issuer: settings.issuer,
      address: c.var.address,
      previousToken: readCookie(c, 'session'),
      now: c.var.now(),
    });
    if (!result.ok)
      return page(
        c,
        403,
        'You do not have access to Kestrel',
        'Your council account signed you in, but it is not set up for Kestrel. Ask your Kestrel administrator to give you access.',
      );
    writeCookie(c, 'session', result.token, SESSION_ABSOLUTE_HOURS * 3600);
    return c.redirect(pending.next, 303);
  });
  return routes;
}
