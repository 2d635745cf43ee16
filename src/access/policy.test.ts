import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ACTIONS, childScopes, decide, POLICY, ROLES, type Actor, type Role } from './policy.ts';
import { renderAccessDoc } from './policy-doc.ts';

function actor(...roles: Role[]): Actor {
  return { laCode: '990', userId: 'U1', roles, active: true };
}

const child = (visible: boolean) => ({ target: 'child', laCode: '990', childId: 'C1', visible }) as const;

describe('access policy', () => {
  test('docs/ACCESS.md is the table printed from the policy (regenerate with scripts/generate-access-doc.ts)', () => {
    assert.equal(readFileSync(new URL('../../docs/ACCESS.md', import.meta.url), 'utf8'), renderAccessDoc());
  });

  test('every grant names a known role and action, once', () => {
    const keys = POLICY.map((g) => `${g.role}/${g.action}/${g.target}`);
    assert.equal(new Set(keys).size, keys.length);
    for (const grant of POLICY) {
      assert.ok(ROLES.includes(grant.role));
      assert.ok(ACTIONS.includes(grant.action));
    }
  });

  test('no one may touch a child outside the scope the data layer found, whatever the role', () => {
    for (const role of ROLES) {
      for (const action of ACTIONS)
        assert.equal(decide(actor(role), action, child(false)).allowed, false, `${role} ${action}`);
    }
  });

  test('councillors and administrators never open a child; an administrator with a practice role does', () => {
    for (const action of ACTIONS) {
      assert.deepEqual(decide(actor('councillor'), action, child(true)), { allowed: false, reason: 'no_grant' });
      assert.deepEqual(decide(actor('administrator'), action, child(true)), { allowed: false, reason: 'no_grant' });
    }
    assert.equal(decide(actor('administrator', 'team_manager'), 'read', child(true)).allowed, true);
    assert.deepEqual(childScopes(['administrator', 'team_manager'], 'read'), ['team']);
  });

  test('a councillor sees suppressed figures only; staff see unsuppressed figures', () => {
    assert.equal(
      decide(actor('councillor'), 'read', { target: 'figures', laCode: '990', suppressed: true }).allowed,
      true,
    );
    assert.deepEqual(decide(actor('councillor'), 'read', { target: 'figures', laCode: '990', suppressed: false }), {
      allowed: false,
      reason: 'unsuppressed',
    });
    assert.equal(
      decide(actor('team_manager'), 'read', { target: 'figures', laCode: '990', suppressed: false }).allowed,
      true,
    );
    assert.equal(
      decide(actor('administrator'), 'read', { target: 'figures', laCode: '990', suppressed: true }).allowed,
      false,
    );
  });

  test('QA and analysts read only; only the analyst moves returns; only administrators manage users', () => {
    assert.equal(decide(actor('quality_assurance'), 'change', child(true)).allowed, false);
    assert.equal(decide(actor('performance_analyst'), 'change', child(true)).allowed, false);
    assert.equal(decide(actor('performance_analyst'), 'import', { target: 'returns', laCode: '990' }).allowed, true);
    assert.equal(decide(actor('head_of_service'), 'import', { target: 'returns', laCode: '990' }).allowed, false);
    assert.equal(decide(actor('administrator'), 'manage-users', { target: 'users', laCode: '990' }).allowed, true);
    assert.equal(decide(actor('team_manager'), 'manage-users', { target: 'users', laCode: '990' }).allowed, false);
    assert.equal(decide(actor('quality_assurance'), 'audit-search', { target: 'audit', laCode: '990' }).allowed, true);
    assert.equal(decide(actor('social_worker'), 'audit-search', { target: 'audit', laCode: '990' }).allowed, false);
  });

  test('another council is refused, its child as absent; an inactive actor is refused everything', () => {
    assert.deepEqual(decide(actor('administrator'), 'manage-users', { target: 'users', laCode: '991' }), {
      allowed: false,
      reason: 'other_council',
    });
    assert.deepEqual(decide(actor('performance_analyst'), 'read', { ...child(true), laCode: '991' }), {
      allowed: false,
      reason: 'not_found',
    });
    assert.deepEqual(
      decide({ ...actor('administrator'), active: false }, 'manage-users', { target: 'users', laCode: '990' }),
      {
        allowed: false,
        reason: 'inactive',
      },
    );
  });
});
