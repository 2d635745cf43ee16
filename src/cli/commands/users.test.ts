import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runKestrel as run, type CliRun } from '../testing.ts';
import { openMigratedStore } from '../options.ts';
import { buildCouncil, buildTeam, buildWorker } from '../../records/factories.ts';

/** Runs the CLI with `input` as standard input (for --password-stdin). */
async function runWithStdin(args: string[], input: string): Promise<CliRun> {
  const stdin = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  Object.defineProperty(process, 'stdin', { configurable: true, value: Readable.from([Buffer.from(input)]) });
  try {
    return await run(args);
  } finally {
    Object.defineProperty(process, 'stdin', stdin);
  }
}

test('kestrel users and kestrel audit: accounts made, changed and refused on one line; the log verified and searched', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-users-'));
  const dataDir = join(dir, 'store');
  const store = ['--data-dir', dataDir];
  try {
    const setup = await openMigratedStore({ dataDir });
    await buildCouncil(setup, { la_code: '990' });
    await buildTeam(setup, { la_code: '990', id: 'TA' });
    await buildWorker(setup, { la_code: '990', id: 'W1', team_id: 'TA' });
    await setup.close();

    const added = await run(['users', 'add', 'Ada', '--name', 'Ada Admin', '--role', 'administrator', ...store]);
    assert.equal(added.code, 0, added.err);
    const password = /password \(shown once, stored only as a hash\): (\S{20})\n/.exec(added.out)?.[1];
    assert.ok(password, added.out);

    for (const [args, message] of [
      [['users', 'add', 'sam', '--name', 'Sam', '--role', 'social_worker'], /a social_worker needs --worker/],
      [
        ['users', 'add', 'sam', '--name', 'Sam', '--role', 'social_worker', '--worker', 'W9'],
        /no worker "W9" in council 990/,
      ],
      [['users', 'add', 'ada', '--name', 'Again', '--role', 'councillor'], /username "ada" is taken/],
      [['users', 'disable', 'nobody'], /no user "nobody"/],
      [['audit', 'search', '--from', '2026-13-01'], /expected a date as YYYY-MM-DD/],
    ] as const) {
      const refused = await run([...args, ...store]);
      assert.equal(refused.code, 2, `${args.join(' ')}: ${refused.out}`);
      assert.match(refused.err, message);
      assert.doesNotMatch(refused.err, /\n\s+at /, 'no stack trace');
    }
    assert.equal((await run(['users', 'add', 'x', '--name', 'X', '--role', 'wizard', ...store])).code, 2);

    assert.equal(
      (
        await run([
          'users',
          'add',
          'sam',
          '--name',
          'Sam Social',
          '--role',
          'social_worker',
          '--worker',
          'W1',
          ...store,
        ])
      ).code,
      0,
    );
    const promoted = await run([
      'users',
      'set-role',
      'ada',
      'administrator',
      '--also',
      'team_manager',
      '--team',
      'TA',
      ...store,
    ]);
    assert.equal(promoted.code, 0, promoted.err);
    assert.equal((await run(['users', 'disable', 'sam', ...store])).code, 0);
    const listed = await run(['users', 'list', ...store]);
    assert.deepEqual(listed.out.trim().split('\n').slice(1), [
      '990\tada\tAda Admin\tadministrator+team_manager\tteam TA\tactive',
      '990\tsam\tSam Social\tsocial_worker\tworker W1\tdisabled',
    ]);

    const weak = await runWithStdin(['users', 'reset-password', 'ada', '--password-stdin', ...store], 'qwerty123456\n');
    assert.equal(weak.code, 2);
    assert.equal(weak.err, 'kestrel: the password is on the list of commonly used passwords; choose another\n');
    const reset = await runWithStdin(
      ['users', 'reset-password', 'ada', '--password-stdin', ...store],
      'a fresh long passphrase\n',
    );
    assert.equal(reset.code, 0, reset.err);
    assert.doesNotMatch(reset.out, /passphrase/);

    const verified = await run(['audit', 'verify', ...store]);
    assert.equal(verified.code, 0, verified.err);
    assert.match(verified.out, /audit log: 5 row\(s\), chain intact/);
    const searched = await run(['audit', 'search', '--user', 'cli:users', '--action', 'create', ...store]);
    assert.equal(searched.code, 0, searched.err);
    assert.deepEqual(
      searched.out
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t').slice(1, 5).join(' ')),
      ['990 cli:users create app_user', '990 cli:users create app_user'],
    );

    const tamper = await openMigratedStore({ dataDir });
    await tamper.transaction(async (tx) => {
      await tx.query('SET LOCAL session_replication_role = replica');
      await tx.query('DELETE FROM audit_log WHERE chain_seq = 2');
    });
    await tamper.close();
    const broken = await run(['audit', 'verify', ...store]);
    assert.equal(broken.code, 1);
    assert.match(broken.out, /^missing: row 2 is missing \(deleted\) before row 3/);
    assert.match(broken.err, /1 problem\(s\) in 5 row\(s\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('kestrel users restrict|unrestrict: only the named may open the child, refusals on one line, each change audited', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kestrel-restrict-'));
  const dataDir = join(dir, 'store');
  const store = ['--data-dir', dataDir];
  const { addUser, actorOf } = await import('../../access/users.ts');
  const { visibleChildIds } = await import('../../access/scope.ts');
  const { buildAllocation, buildChild } = await import('../../records/factories.ts');
  try {
    const setup = await openMigratedStore({ dataDir });
    await buildCouncil(setup, { la_code: '990' });
    await buildTeam(setup, { la_code: '990', id: 'TA' });
    await buildWorker(setup, { la_code: '990', id: 'W1', team_id: 'TA' });
    await buildChild(setup, { la_code: '990', id: 'C1' });
    await buildAllocation(setup, { la_code: '990', child_id: 'C1', worker_id: 'W1', start_date: '2026-01-01' });
    const sw = actorOf(
      await addUser(
        setup,
        { laCode: '990', username: 'sam', displayName: 'Sam', role: 'social_worker', workerId: 'W1' },
        null,
        'test',
      ),
    );
    const tm = actorOf(
      await addUser(
        setup,
        { laCode: '990', username: 'tess', displayName: 'Tess', role: 'team_manager', teamId: 'TA' },
        null,
        'test',
      ),
    );
    await setup.close();

    const restricted = await run([
      'users',
      'restrict',
      'C1',
      '--allow',
      'tess',
      '--reason',
      'staff_relative',
      ...store,
    ]);
    assert.equal(restricted.code, 0, restricted.err);
    assert.match(restricted.out, /C1: restricted; only tess may open it/);
    for (const [args, message] of [
      [['users', 'restrict', 'C1', '--allow', 'nobody'], /no user "nobody" in council 990/],
      [['users', 'restrict', 'C9', '--allow', 'tess'], /no child C9 in council 990/],
      [['users', 'restrict', 'C1', '--allow', 'tess', '--reason', 'whim'], /expected one of staff_relative/],
    ] as const) {
      const refused = await run([...args, ...store]);
      assert.equal(refused.code, 2, args.join(' '));
      assert.equal(refused.err.trimEnd().split('\n').length, 1);
      assert.match(refused.err, message);
    }
    const check = async () => {
      const db = await openMigratedStore({ dataDir });
      try {
        return [
          await visibleChildIds(db, sw, 'read', { on: '2026-06-30' }),
          await visibleChildIds(db, tm, 'read', { on: '2026-06-30' }),
        ];
      } finally {
        await db.close();
      }
    };
    assert.deepEqual(await check(), [[], ['C1']]);
    const lifted = await run(['users', 'unrestrict', 'C1', ...store]);
    assert.equal(lifted.code, 0, lifted.err);
    assert.deepEqual(await check(), [['C1'], ['C1']]);
    const again = await run(['users', 'unrestrict', 'C1', ...store]);
    assert.equal(again.code, 2);
    assert.match(again.err, /child C1 of council 990 is not restricted/);

    const db = await openMigratedStore({ dataDir });
    try {
      const rows = await db.query<{ actor: string; change: string }>(
        "SELECT actor, detail->>'change' AS change FROM audit_log WHERE entity = 'child_restriction' ORDER BY chain_seq",
      );
      assert.deepEqual(rows, [
        { actor: 'cli:users', change: 'restrict' },
        { actor: 'cli:users', change: 'lift' },
      ]);
    } finally {
      await db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
