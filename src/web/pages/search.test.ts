import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import type { Store } from '../../store/db.ts';
import { createApp } from '../app.ts';
import { auditSince, lastAuditId, signInAs } from '../testing.ts';
import { loadPagesFixture, ON_DATE } from './pages.fixture.ts';
import { parseDateOfBirth } from './search-data.ts';

async function searcher(db: Store, username: string) {
  await loadPagesFixture(db);
  const session = await signInAs(db, username);
  const app = createApp({ db, today: () => ON_DATE, oidc: undefined });
  return async (q: string) => {
    const response = await app.request(`/children?q=${encodeURIComponent(q)}`, {
      headers: { accept: 'text/html', cookie: session.cookie },
    });
    assert.equal(response.status, 200);
    const html = await response.text();
    return [...html.matchAll(/<a class="govuk-link" href="\/children\/([A-Za-z0-9]+)">/g)].map((m) => m[1]);
  };
}

test('dates of birth are read as typed in England or as ISO; impossible dates are not dates', () => {
  assert.equal(parseDateOfBirth('14/03/2015'), '2015-03-14');
  assert.equal(parseDateOfBirth('4-3-2015'), '2015-03-04');
  assert.equal(parseDateOfBirth('2015-03-14'), '2015-03-14');
  assert.equal(parseDateOfBirth('31/02/2015'), undefined);
  assert.equal(parseDateOfBirth('Ava'), undefined);
});

for (const backend of testBackends()) {
  describe(`search on ${backend.name}`, () => {
    test('a social worker finds only their own children, by a misspelt name, id, UPN or date of birth', async () => {
      const db = await backend.open();
      try {
        const search = await searcher(db, 'sw');
        const before = await lastAuditId(db);
        // Ava (CA1, WA1's) is found; her siblings Ben (WA2) and Cara (team TB) are not in this scope.
        assert.deepEqual(await search('thornbery'), ['CA1']);
        assert.deepEqual(await search('ca1'), ['CA1']);
        assert.deepEqual(await search('A123456789012'), ['CA1']);
        assert.deepEqual(await search('14/03/2015'), ['CA1']);
        assert.deepEqual(await search('CB'), []);
        assert.deepEqual(await search('Cara Thornbury'), ['CA1'], 'Cara is out of scope; Ava shares the surname');
        assert.deepEqual(await search('Dylan Marsh'), ['COLD'], 'allocated until 60 days ago: still in scope');
        assert.deepEqual(await search('Ella Whitcombe'), []);
        assert.deepEqual(await auditSince(db, before), [], 'a list of names is not a view of a record');
      } finally {
        await db.close();
      }
    });

    test("a team manager finds the team's children, best match first", async () => {
      const db = await backend.open();
      try {
        const search = await searcher(db, 'tm');
        assert.deepEqual(await search('Ben Thornbury'), ['CA2', 'CA1']);
        assert.deepEqual(await search('zzzz'), []);
      } finally {
        await db.close();
      }
    });

    test('a family name alone finds a child with several given names; the trigram index is in place', async () => {
      const db = await backend.open();
      try {
        const search = await searcher(db, 'tm');
        // Its similarity() to the whole name is under 0.3; its word_similarity() within the name is 1.
        await db.query("UPDATE child SET given_name = 'Benedict Alexander James' WHERE la_code = '990' AND id = 'CA2'");
        assert.deepEqual(await search('Thornbury'), ['CA1', 'CA2']);
        assert.deepEqual(await search('benedikt'), ['CA2']);
        const [index] = await db.query<{ indexdef: string }>(
          "SELECT indexdef FROM pg_indexes WHERE indexname = 'child_name_trigram'",
        );
        assert.match(index?.indexdef ?? '', /USING gin .*gin_trgm_ops/);
      } finally {
        await db.close();
      }
    });
  });
}
