/**
 * Single sign-on settings, only from the environment (secrets never in files the repository holds):
 * KESTREL_OIDC_ISSUER (the provider's issuer URL, e.g. https://login.microsoftonline.com/TENANT/v2.0),
 * KESTREL_OIDC_CLIENT_ID, KESTREL_OIDC_CLIENT_SECRET, KESTREL_OIDC_REDIRECT_URI (this site's
 * /sign-in/oidc/callback as registered with the provider), KESTREL_OIDC_NAME (the button's wording,
 * default "your council account") and KESTREL_OIDC_MAPPING (claims to roles and teams: JSON, or the path
 * of a JSON file; see access/oidc.ts). Without an issuer, single sign-on is off.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as client from 'openid-client';
import { OidcMapping } from '../../access/oidc.ts';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  name: string;
  mapping: OidcMapping;
}

export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OidcSettings | undefined {
  const issuer = env.KESTREL_OIDC_ISSUER;
  if (!issuer) return undefined;
  const need = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`${name} must be set when KESTREL_OIDC_ISSUER is`);
    return value;
  };
  const mappingText = need('KESTREL_OIDC_MAPPING');
  const raw = mappingText.trim().startsWith('{') ? mappingText : readMappingFile(mappingText);
  const parsed = OidcMapping.safeParse(JSON.parse(raw));
  if (!parsed.success)
    throw new Error(
      `KESTREL_OIDC_MAPPING: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
    );
  return {
    issuer,
    clientId: need('KESTREL_OIDC_CLIENT_ID'),
    clientSecret: env.KESTREL_OIDC_CLIENT_SECRET || undefined,
    redirectUri: need('KESTREL_OIDC_REDIRECT_URI'),
    name: env.KESTREL_OIDC_NAME || 'your council account',
    mapping: parsed.data,
  };
}

function readMappingFile(path: string): string {
  if (!existsSync(path)) throw new Error(`KESTREL_OIDC_MAPPING: no file ${path}`);
  return readFileSync(path, 'utf8');
}

const discovered = new Map<string, Promise<client.Configuration>>();

/** The provider's configuration, discovered once per process (a failure is retried next time). */
export function providerConfiguration(settings: OidcSettings): Promise<client.Configuration> {
  const key = `${settings.issuer}\n${settings.clientId}`;
  let found = discovered.get(key);
  if (!found) {
    // Plain http only for a provider on this machine (the tests' local provider); never across a network.
    const local = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(`${settings.issuer}/`);
    found = client.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
      ...(local ? { execute: [client.allowInsecureRequests] } : {}),
    });
    found.catch(() => discovered.delete(key));
    discovered.set(key, found);
  }
  return found;
}
