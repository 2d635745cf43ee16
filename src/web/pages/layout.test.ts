/** The service navigation shows each role the sections its grants let it use, and no others. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Role } from '../../access/policy.ts';
import { administers } from './admin-access.ts';
import { Layout } from './layout.tsx';

function sectionsFor(role: Role): string[] {
  const actor = { laCode: '990', userId: 'u', roles: [role], active: true };
  const signedIn = { displayName: 'x', csrfToken: 'c', roles: [role], administers: administers(actor) };
  const html = String(Layout({ title: 't', signedIn }));
  return [...html.matchAll(/class="govuk-service-navigation__link" href="([^"]+)"/g)].map((m) => m[1]!);
}

test('each role sees the sections it may use', () => {
  assert.deepEqual(sectionsFor('councillor'), ['/']);
  assert.deepEqual(sectionsFor('administrator'), ['/', '/admin']);
  assert.deepEqual(sectionsFor('social_worker'), ['/', '/children', '/caseload', '/indicators', '/practice']);
  assert.deepEqual(sectionsFor('performance_analyst'), [
    '/',
    '/children',
    '/indicators',
    '/practice',
    '/practice/quality',
    '/returns',
  ]);
  assert.deepEqual(sectionsFor('quality_assurance'), [
    '/',
    '/children',
    '/indicators',
    '/practice',
    '/practice/quality',
    '/admin',
  ]);
});
