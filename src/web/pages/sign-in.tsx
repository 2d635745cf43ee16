/**
 * The sign-in page: a local account's name and password (GOV.UK error summary on a refusal), and a
 * button for the council's identity provider when one is configured. The form carries the CSRF token.
 */
import type { FC } from 'hono/jsx';
import { Layout } from './layout.tsx';

export interface SignInProps {
  csrfToken: string;
  /** Where to go after signing in (a path on this site). */
  next: string;
  username?: string | undefined;
  error?: string | undefined;
  /** The identity provider's name, when single sign-on is configured. */
  provider?: string | undefined;
}

export const SignInPage: FC<SignInProps> = ({ csrfToken, next, username, error, provider }) => (
  <Layout title={error ? 'Error: Sign in' : 'Sign in'}>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        {error ? (
          <div class="govuk-error-summary" data-module="govuk-error-summary">
            <div role="alert">
              <h2 class="govuk-error-summary__title">There is a problem</h2>
              <div class="govuk-error-summary__body">
                <ul class="govuk-list govuk-error-summary__list">
                  <li>
                    <a href="#username">{error}</a>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        ) : null}
        <h1 class="govuk-heading-xl">Sign in</h1>
        {provider ? (
          <form method="post" action="/sign-in/oidc" novalidate>
            <input type="hidden" name="_csrf" value={csrfToken} />
            <input type="hidden" name="next" value={next} />
            <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="sign-in-oidc">
              Sign in with {provider}
            </button>
          </form>
        ) : null}
        <form method="post" action="/sign-in" novalidate>
          <input type="hidden" name="_csrf" value={csrfToken} />
          <input type="hidden" name="next" value={next} />
          <div class="govuk-form-group">
            <label class="govuk-label" for="username">
              User name
            </label>
            <input
              class="govuk-input govuk-!-width-two-thirds"
              id="username"
              name="username"
              type="text"
              autocomplete="username"
              spellcheck={false}
              value={username ?? ''}
            />
          </div>
          <div class="govuk-form-group">
            <label class="govuk-label" for="password">
              Password
            </label>
            <input
              class="govuk-input govuk-!-width-two-thirds"
              id="password"
              name="password"
              type="password"
              autocomplete="current-password"
            />
          </div>
          <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="sign-in">
            Sign in
          </button>
        </form>
      </div>
    </div>
  </Layout>
);
