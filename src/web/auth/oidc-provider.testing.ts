/**
 * A local OpenID Connect provider for tests (oidc-provider with its development login form, which takes
 * any password), on a random port of this machine, with one client: Kestrel.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const TEST_CLIENT_SECRET = 'a-secret-for-this-test-only';

/** The people the provider knows: one in the mapped managers' group, one in no mapped group. */
export const PEOPLE: Record<string, { name: string; groups: string[] }> = {
  'jo.manager': { name: 'Jo Manager', groups: ['everyone', 'grp-team-a-managers'] },
  stranger: { name: 'A Stranger', groups: ['everyone'] },
};

export async function startProvider(redirect: string): Promise<{ issuer: string; server: Server }> {
  let provider: Provider | undefined;
  const server = createServer((req, res) => provider!.callback()(req, res));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'kestrel',
        client_secret: TEST_CLIENT_SECRET,
        redirect_uris: [redirect],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    conformIdTokenClaims: false, // the ID token carries the profile claims, as Entra ID's does
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'], email: ['email'] },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, preferred_username: sub, ...PEOPLE[sub] }),
    }),
    cookies: { keys: ['a-cookie-key-for-this-test-only'] },
  });
  return { issuer, server };
}
