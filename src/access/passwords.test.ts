import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  test('the policy refuses short and commonly used passwords, whatever their case', () => {
    assert.match(passwordProblem('short-pass1') ?? '', /at least 12 characters \(it has 11\)/);
    assert.match(passwordProblem('QwertY123456') ?? '', /commonly used/);
    assert.equal(passwordProblem('correct horse battery staple'), undefined);
  });

  test('hashes are Argon2id with the OWASP settings, and verify only the right password', async () => {
    const hashed = await hashPassword('correct horse battery staple');
    assert.match(hashed, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    assert.equal(await verifyPassword(hashed, 'correct horse battery staple'), true);
    assert.equal(await verifyPassword(hashed, 'correct horse battery stapler'), false);
    assert.equal(await verifyPassword('not a hash', 'anything'), false);
  });

  test('generated passwords pass the policy and differ', () => {
    const first = generatePassword();
    assert.equal(first.length, 20);
    assert.equal(passwordProblem(first), undefined);
    assert.notEqual(generatePassword(), first);
  });
});
