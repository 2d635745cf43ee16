/**
 * For the practice tools' API tests: the quality fixture on a store, the app pinned to ON_DATE, a
 * session per access user, and a client sending JSON as one of them.
 */
import type { Store } from '../../store/db.ts';
import { createApp } from '../app.ts';
import { loadQualityFixture, ON_DATE } from '../pages/practice-quality.fixture.ts';
import { signInAs, type TestSession } from '../testing.ts';

export const PRACTICE_USERS = ['sw', 'tm', 'hos', 'analyst', 'qa', 'councillor', 'admin'] as const;
export type PracticeUser = (typeof PRACTICE_USERS)[number];

export interface PracticeClient {
  /** GET when body is undefined, else POST with the JSON body. */
  send: (who: PracticeUser, path: string, body?: unknown) => Promise<Response>;
  json: <T = Record<string, unknown>>(
    who: PracticeUser,
    path: string,
    body?: unknown,
  ) => Promise<{ status: number; body: T }>;
}

export async function practiceClient(db: Store): Promise<PracticeClient> {
  await loadQualityFixture(db);
  const sessions = {} as Record<PracticeUser, TestSession>;
  for (const who of PRACTICE_USERS) sessions[who] = await signInAs(db, who);
  const app = createApp({ db, today: () => ON_DATE, oidc: undefined });
  const send = (who: PracticeUser, path: string, body?: unknown) =>
    Promise.resolve(
      app.request(path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          cookie: sessions[who].cookie,
          'x-csrf-token': sessions[who].csrf,
          'content-type': 'application/json',
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
  return {
    send,
    json: async <T>(who: PracticeUser, path: string, body?: unknown) => {
      const response = await send(who, path, body);
      return { status: response.status, body: (await response.json()) as T };
    },
  };
}

/** Rows in a table of council 990 (to show a refused write stored nothing). */
export async function countRows(db: Store, table: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE la_code = '990'`);
  return row?.n ?? 0;
}
