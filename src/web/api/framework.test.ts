import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { testBackends } from '../../store/testing.ts';
import { createApp } from '../app.ts';
import { loadHomeFixture } from '../home.fixture.ts';
import { addUser } from '../../access/users.ts';
import type { Role } from '../../access/policy.ts';
import { DEFAULT_FRAMEWORK_FILE } from '../../framework/versions.ts';
import { signInAs } from '../testing.ts';

for (const backend of testBackends()) {
  describe(`/api/framework, /api/scorecard and /api/commentary on ${backend.name}`, () => {
    test('administrators import, officers read the scorecard and comment, councillors get the public edition', async () => {
      const db = await backend.open();
      try {
        await loadHomeFixture(db);
        const roles: Record<string, Role> = {
          admin: 'administrator',
          analyst: 'performance_analyst',
          councillor: 'councillor',
        };
        const headers: Record<string, Record<string, string>> = {};
        for (const [username, role] of Object.entries(roles)) {
          await addUser(db, { laCode: '990', username, displayName: username, role }, null, 't');
          const session = await signInAs(db, username);
          headers[username] = {
            cookie: session.cookie,
            'x-csrf-token': session.csrf,
            'content-type': 'application/json',
          };
        }
        const app = createApp({ db, oidc: undefined });
        const post = (path: string, who: string, body: unknown) =>
          app.request(path, { method: 'POST', headers: headers[who]!, body: JSON.stringify(body) });
        const get = (path: string, who: string) => app.request(path, { headers: headers[who]! });
        const errorOf = async (response: Response) =>
          ((await response.json()) as { error: { code: string; message: string; field?: string } }).error;

        // Nothing in force yet.
        assert.equal((await get('/api/framework?at=2025-03-31', 'analyst')).status, 404);
        // Import: administrators only (the refusal audited); a bad file is refused with its line.
        const text = await readFile(DEFAULT_FRAMEWORK_FILE, 'utf8');
        assert.equal((await post('/api/framework', 'analyst', { text })).status, 403);
        const bad = await post('/api/framework', 'admin', {
          text: text.replace('id: cpp-repeat', 'id: no-such-measure'),
          name: 'bad.yaml',
        });
        assert.equal(bad.status, 400);
        const badError = await errorOf(bad);
        assert.equal(badError.field, 'text');
        assert.match(badError.message, /^bad\.yaml:\d+: .*no-such-measure/);
        const imported = await post('/api/framework', 'admin', {
          text,
          name: 'default.yaml',
          effectiveFrom: '2000-04-01',
        });
        assert.equal(imported.status, 201);
        assert.equal(((await imported.json()) as { version: number }).version, 1);

        // Export: the file as imported, audited.
        const exported = await get('/api/framework?at=2025-03-31', 'analyst');
        assert.equal(exported.status, 200);
        const version = (await exported.json()) as {
          version: number;
          text: string;
          framework: { sections: unknown[] };
        };
        assert.equal(version.version, 1);
        assert.equal(version.text, text);
        assert.ok(version.framework.sections.length > 0);
        const audit = await db.query<{ actor: string; action: string; entity: string }>(
          "SELECT actor, action, entity FROM audit_log WHERE entity IN ('framework_version', 'framework') ORDER BY id",
        );
        assert.deepEqual(
          audit.map((a) => [a.action, a.entity]),
          [
            ['denied', 'framework'],
            ['import', 'framework_version'],
            ['export', 'framework_version'],
          ],
        );

        // Commentary: officers add and list; a bad period names the field; a councillor is refused.
        const added = await post('/api/commentary', 'analyst', {
          indicator: 'cin-at-date',
          period: '2024-25Q4',
          text: 'Steady.',
        });
        assert.equal(added.status, 201);
        const badPeriod = await post('/api/commentary', 'analyst', {
          indicator: 'cin-at-date',
          period: '2024-25Q5',
          text: 'x',
        });
        assert.equal(badPeriod.status, 400);
        assert.equal((await errorOf(badPeriod)).field, 'period');
        assert.equal(
          (await post('/api/commentary', 'councillor', { indicator: 'cin-at-date', period: '2024-25Q4', text: 'x' }))
            .status,
          403,
        );
        const listed = (await (await get('/api/commentary?indicator=cin-at-date', 'analyst')).json()) as {
          text: string;
          author: string;
        }[];
        assert.deepEqual(
          listed.map((e) => [e.text, e.author]),
          [['Steady.', listed[0]!.author]],
        );
        assert.notEqual(listed[0]!.author, '');

        // The scorecard: the model for an officer, with the comment carried; the public document for a councillor.
        const internal = await get('/api/scorecard?at=2025-03-31', 'analyst');
        assert.equal(internal.status, 200);
        const model = (await internal.json()) as {
          marking: string;
          scorecard: {
            sections: { rows: { indicatorId: string; current: number | null; commentary: { text: string }[] }[] }[];
          };
        };
        assert.equal(model.marking, 'internal');
        const cin = model.scorecard.sections.flatMap((s) => s.rows).find((r) => r.indicatorId === 'cin-at-date')!;
        assert.equal(cin.current, 3); // see home.fixture.ts
        assert.deepEqual(
          cin.commentary.map((c) => c.text),
          ['Steady.'],
        );
        const councillor = await get('/api/scorecard?at=2025-03-31', 'councillor');
        assert.equal(councillor.status, 200);
        const published = (await councillor.json()) as { marking: string; document: { marking: string } };
        assert.equal(published.marking, 'public');
        assert.equal(published.document.marking, 'public');
        const body = JSON.stringify(published);
        assert.ok(!body.includes('Steady.'), 'no commentary in the public edition');
        const cinNow = cellsOf(published.document).find((cell) => cell.key === 'cin-at-date:current');
        assert.deepEqual([cinNow?.text, cinNow?.value], ['c', undefined], 'the count of 3 children in need is c');
        assert.equal((await get('/api/scorecard?at=2025-03-31&level=team:T1', 'councillor')).status, 403);
        assert.equal((await get('/api/scorecard?at=2025-02-30x', 'analyst')).status, 400);
        assert.equal((await app.request('/api/scorecard?at=2025-03-31')).status, 401);
      } finally {
        await db.close();
      }
    });
  });
}

/** Every keyed cell of a document's JSON, wherever its tables are. */
function cellsOf(node: unknown): { key: string; text: string; value?: unknown }[] {
  if (Array.isArray(node)) return node.flatMap(cellsOf);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = typeof record.key === 'string' && typeof record.text === 'string' ? [record as never] : [];
  return [...own, ...Object.values(record).flatMap(cellsOf)];
}
