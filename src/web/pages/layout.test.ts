/** The service navigation shows each role the sections its grants let it use, and no others. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Role } from '../../access/policy.ts';
import { Layout } from './layout.tsx';

function sectionsFor(roles: Role[], administers = false): string[] {
  const html = String(Layout({ title: 't', signedIn: { displayName: 'x', csrfToken: 'c', roles, administers } }));
  return [...html.matchAll(/class="govuk-service-navigation__link" href="([^"]+)"/g)].map((m) => m[1]!);
}

test('each role sees the sections it may use', () => {
  const figures = ['/', '/indicators'];
  assert.deepEqual(sectionsFor(['councillor']), figures);
  assert.deepEqual(sectionsFor(['administrator'], true), [...figures, '/admin']);
  const everyone = ['/', '/children', '/caseload', '/indicators'];
  assert.deepEqual(sectionsFor(['social_worker']), [...everyone, '/practice']);
  assert.deepEqual(sectionsFor(['performance_analyst']), [...everyone, '/practice', '/practice/quality', '/returns']);
  assert.deepEqual(sectionsFor(['quality_assurance']), [...everyone, '/practice', '/practice/quality']);
});
