/**
 * For the Administration page tests: the pages fixture (council 990 with one user per role, see
 * src/access/fixtures/access-council.ts) with the default framework, an app pinned to ON_DATE, and for a
 * signed-in user GET, form POST (with or without the CSRF token) and file upload, as a browser sends them.
 */
import { importDefaultFramework } from '../../framework/versions.ts';
import type { Store } from '../../store/db.ts';
import { createApp } from '../app.ts';
import { signInAs } from '../testing.ts';
import { loadPagesFixture, ON_DATE } from './pages.fixture.ts';

export interface Answer {
  status: number;
  location: string | null;
  /** The body with runs of white space made one space. */
  text: string;
  headers: Headers;
}

export type FormFields = Record<string, string | readonly string[]>;

export async function adminFixture(db: Store) {
  const actors = await loadPagesFixture(db);
  await importDefaultFramework(db, '990', 'test');
  const app = createApp({ db, today: () => ON_DATE, oidc: undefined });
  const answer = async (response: Response): Promise<Answer> => ({
    status: response.status,
    location: response.headers.get('location'),
    text: (await response.text()).replace(/\s+/g, ' '),
    headers: response.headers,
  });
  const as = async (username: string) => {
    const session = await signInAs(db, username);
    const headers = { accept: 'text/html', cookie: session.cookie };
    return {
      get: async (path: string) => answer(await app.request(path, { headers })),
      post: async (path: string, fields: FormFields = {}, { csrf = true } = {}) => {
        const body = new URLSearchParams();
        if (csrf) body.append('_csrf', session.csrf);
        for (const [name, value] of Object.entries(fields))
          for (const one of typeof value === 'string' ? [value] : value) body.append(name, one);
        return answer(
          await app.request(path, {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
            body: body.toString(),
          }),
        );
      },
      upload: async (
        path: string,
        file: { name: string; text: string },
        fields: Record<string, string>,
        { csrf = true } = {},
      ) => {
        const body = new FormData();
        if (csrf) body.append('_csrf', session.csrf);
        for (const [name, value] of Object.entries(fields)) body.append(name, value);
        body.append('file', new File([file.text], file.name, { type: 'application/yaml' }));
        return answer(await app.request(path, { method: 'POST', headers, body }));
      },
    };
  };
  return { actors, as };
}

/** A framework file read.ts accepts. */
export const GOOD_FRAMEWORK = `name: Test framework
year: 2026-27
sections:
  - id: front-door
    title: Front door
    indicators:
      - id: referral-decision-1wd
        target: { year: 95 }
        bands: { tolerance: 5 }
`;

/** Two problems: an unknown indicator (line 7) and a percentage target over 100 (line 9). */
export const BAD_FRAMEWORK = `name: Test framework
year: 2026-27
sections:
  - id: front-door
    title: Front door
    indicators:
      - id: no-such-indicator
      - id: referral-decision-1wd
        target: { year: 150 }
`;

/** The visible text of the main element, tags dropped. */
export function mainText(html: string): string {
  return decodeEntities(
    (/<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** The messages of the GOV.UK error summary, in order. */
export function summaryErrors(html: string): string[] {
  const summary = /data-testid="error-summary">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...summary.matchAll(/<a href="#[\w-]+">(.*?)<\/a>/g)].map((m) => decodeEntities(m[1]!.trim()));
}

function decodeEntities(html: string): string {
  return html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
