import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderSubjectAccessHtml } from './subject-access-html.ts';

test('the subject access page escapes every value: a record cannot inject markup or script', () => {
  const html = renderSubjectAccessHtml({
    generatedAt: '2026-06-30T10:00:00.000Z',
    laCode: '990',
    childId: 'C1',
    requestedBy: 'cli:dpo',
    record: {
      laCode: '990',
      childId: 'C1',
      child: { id: 'C1', given_name: '<script>alert(1)</script>' },
      tables: { referral: [{ id: 'R1', note: '"><img src=x onerror=alert(1)>' }] },
    },
    accessHistory: [
      {
        la_code: '990',
        id: 1,
        at: new Date('2026-06-30T10:00:00Z'),
        actor: 'cli:dpo',
        action: 'export',
        entity: 'child',
        entity_id: 'C1',
        child_id: 'C1',
        detail: { via: '<b>x</b>' },
      },
    ],
  });
  assert.doesNotMatch(html, /<script|<img|<b>/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /<h2>referral \(1\)<\/h2>/);
  assert.match(html, /Who viewed or changed the record \(1\)/);
});
