/**
 * The server's signing secret (CSRF tokens, the single sign-on state cookie), only ever from the
 * environment: KESTREL_SECRET, at least 32 characters. Without it a random one is made per process, so
 * forms and sign-ons in progress simply start again after a restart; sessions are unaffected (they are
 * random ids looked up in the store, not signed).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

let processSecret: string | undefined;

export function serverSecret(): string {
  const configured = process.env.KESTREL_SECRET;
  if (configured !== undefined && configured !== '') {
    if (configured.length < 32) throw new Error('KESTREL_SECRET must be at least 32 characters');
    return configured;
  }
  processSecret ??= randomBytes(32).toString('base64url');
  return processSecret;
}

export function sign(purpose: string, value: string): string {
  return createHmac('sha256', serverSecret()).update(`${purpose}\n${value}`).digest('base64url');
}

/** Constant-time comparison, so a wrong token reveals nothing by how long its refusal takes. */
export function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
