/**
 * Headers every answer carries (OWASP Secure Headers): a Content-Security-Policy that allows scripts and
 * styles only from this site (no inline script or style: pages put theirs in /assets), never framed
 * (frame-ancestors 'none', against clickjacking), no MIME sniffing, no referrer sent to other sites, and
 * HSTS when the site is served over TLS. Whether it is: the request came over https, or
 * KESTREL_SECURE_COOKIES says a TLS proxy sits in front.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** True when cookies must be Secure and HSTS sent. */
export function servedOverTls(c: Context): boolean {
  const configured = process.env.KESTREL_SECURE_COOKIES;
  if (configured !== undefined && configured !== '') return configured !== '0' && configured !== 'false';
  return new URL(c.req.url).protocol === 'https:';
}

export function securityHeaders(): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'same-origin',
    strictTransportSecurity: false,
  });
  return async (c, next) => {
    await headers(c, next);
    if (servedOverTls(c)) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    // Answers about people must not sit in shared caches; static assets set their own.
    if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'no-store');
  };
}
