/**
 * The cookies the site sets. The session cookie holds only the session's random token (the store keeps
 * its hash, sessions.ts): HttpOnly so no script can read it, SameSite=Lax so other sites' forms do not
 * carry it, Secure whenever the site is served over TLS, and scoped to the whole site. The `__Host-`
 * prefix (which browsers accept only with Secure) pins a TLS cookie to this host.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { servedOverTls } from '../security.ts';

export type CookieName = 'session' | 'csrf' | 'oidc';

export function cookieName(c: Context, name: CookieName): string {
  return servedOverTls(c) ? `__Host-kestrel-${name}` : `kestrel-${name}`;
}

export function readCookie(c: Context, name: CookieName): string | undefined {
  const value = getCookie(c, cookieName(c, name));
  return value && value.length <= 512 ? value : undefined;
}

/** Sets a cookie; `maxAgeSeconds` undefined makes it last until the browser closes. */
export function writeCookie(c: Context, name: CookieName, value: string, maxAgeSeconds?: number): void {
  setCookie(c, cookieName(c, name), value, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: servedOverTls(c),
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  });
}

export function clearCookie(c: Context, name: CookieName): void {
  deleteCookie(c, cookieName(c, name), { path: '/', secure: servedOverTls(c) });
}
