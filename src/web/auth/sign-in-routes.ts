/**
 * GET/POST /sign-in and POST /sign-out for local accounts. A sign-in is refused, audited and counted
 * against the address when the password is wrong (the account's own lockout is in sessions.ts); a
 * success sets a fresh session cookie, revoking any session the browser held (rotation against
 * fixation), and goes back to the page that asked. The form's CSRF token is checked before any of it
 * (csrf.ts).
 */
import { Hono, type Context } from 'hono';
import { signIn, signOut } from '../../access/sessions.ts';
import { addressIsThrottled, recordAddressFailure, ADDRESS_WINDOW_MINUTES } from '../../access/sign-in-limits.ts';
import { LOCKOUT_MINUTES } from '../../access/sessions.ts';
import { MAX_PASSWORD_LENGTH } from '../../access/passwords.ts';
import { SignInPage } from '../pages/sign-in.tsx';
import type { RequestEnv } from '../request-store.ts';
import { clearCookie, readCookie, writeCookie } from './cookies.ts';
import { csrfToken } from './csrf.ts';
import type { OidcSettings } from './oidc-config.ts';

/** A path on this site to return to; anything else (another site, `//host`, `/\host`) goes home. */
export function safeNext(value: unknown): string {
  if (typeof value !== 'string' || value.length > 512) return '/';
  return /^\/(?![/\\])[\w\-./?=&%~]*$/.test(value) && !value.startsWith('/sign-') ? value : '/';
}

type PageProps = { next: string; username?: string; error?: string };

export function signInRoutes(oidc: OidcSettings | undefined): Hono<RequestEnv> {
  const routes = new Hono<RequestEnv>();
  const page = (c: Context<RequestEnv>, props: PageProps, status = 200) => {
    c.status(status as 200);
    return c.html(`<!DOCTYPE html>${SignInPage({ csrfToken: csrfToken(c), provider: oidc?.name, ...props })}`);
  };
  // Shown even to someone signed in: signing in again (as another user) replaces the session.
  routes.get('/sign-in', (c) => page(c, { next: safeNext(c.req.query('next')) }));

  routes.post('/sign-in', async (c) => {
    const form = await c.req.parseBody();
    const next = safeNext(form.next);
    const username = typeof form.username === 'string' ? form.username.trim().slice(0, 64) : '';
    const password = typeof form.password === 'string' ? form.password.slice(0, MAX_PASSWORD_LENGTH + 1) : '';
    if (!username || !password) return page(c, { next, username, error: 'Enter your user name and password' }, 400);
    const db = c.var.db();
    const now = c.var.now();
    const address = c.var.address;
    if (await addressIsThrottled(db, address, username, now))
      return page(
        c,
        {
          next,
          username,
          error: `Too many failed sign-ins from your network; try again in ${ADDRESS_WINDOW_MINUTES} minutes`,
        },
        429,
      );
    const result = await signIn(db, { username, password, address, previousToken: readCookie(c, 'session'), now });
    if (!result.ok) {
      await recordAddressFailure(db, address, now);
      clearCookie(c, 'session');
      const error =
        result.reason === 'locked'
          ? `Sign-in is locked after repeated failures; try again in ${LOCKOUT_MINUTES} minutes or ask an administrator to reset your password`
          : 'Enter a correct user name and password';
      return page(c, { next, username, error }, 401);
    }
    const seconds = Math.max(1, Math.floor((result.expiresAt.getTime() - now.getTime()) / 1000));
    writeCookie(c, 'session', result.token, seconds);
    clearCookie(c, 'csrf'); // the pre-session token is done with; forms now carry the session's
    return c.redirect(next, 303);
  });

  routes.post('/sign-out', async (c) => {
    const token = c.var.caller?.sessionToken;
    if (token) await signOut(c.var.db(), token, c.var.now());
    clearCookie(c, 'session');
    return c.redirect('/sign-in', 303);
  });
  return routes;
}
