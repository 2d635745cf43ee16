/**
 * The page frame, in the GOV.UK Frontend template's markup (header, phase banner, main, footer) so pages
 * inherit its accessible styles. The GDS Transport font is licensed to GOV.UK services only, so it is not
 * served: the stylesheet falls back to the system sans-serif, as a council service should.
 */
import type { Child, FC } from 'hono/jsx';
import { childScopes, decide, grantsFor, type Action, type Role, type Target } from '../../access/policy.ts';

/** Who is signed in, for the header's name and sign-out button (a form post, so it carries the CSRF token). */
export interface SignedIn {
  displayName: string;
  csrfToken: string;
  /** Their roles, which decide the sections the navigation offers (all when not given). */
  roles?: readonly Role[] | undefined;
  /** Shows the Administration section: the policy lets them manage users, the framework or search the audit log. */
  administers?: boolean | undefined;
}

const fullFigures = (roles: readonly Role[]) =>
  decide({ laCode: '', userId: '', roles, active: true }, 'read', { target: 'figures', laCode: '', suppressed: false })
    .allowed;

/** A section for roles with a grant for any of these (action, target) pairs. */
const anyGrant =
  (...pairs: readonly (readonly [Action, Target])[]) =>
  (roles: readonly Role[]) =>
    pairs.some(([action, target]) => grantsFor(roles, action, target).length > 0);

/**
 * The service's sections, in the service navigation of every signed-in page, each offered to the roles
 * the policy lets use it: a section a role cannot use is not shown (its pages refuse it anyway).
 * Administration is offered by `SignedIn.administers` (any of its three rights).
 */
export const SECTIONS = [
  { id: 'dashboard', href: '/', text: 'Dashboard', offered: (_: readonly Role[]) => true },
  {
    id: 'children',
    href: '/children',
    text: 'Children',
    offered: (roles: readonly Role[]) => childScopes(roles, 'list').length > 0,
  },
  // A caseload is a worker's own children, or a team manager's team's.
  {
    id: 'caseload',
    href: '/caseload',
    text: 'Caseload',
    offered: (roles: readonly Role[]) => roles.includes('social_worker') || roles.includes('team_manager'),
  },
  { id: 'indicators', href: '/indicators', text: 'Indicators', offered: fullFigures },
  {
    id: 'practice',
    href: '/practice',
    text: 'Practice',
    offered: anyGrant(['read', 'drift'], ['read', 'workload'], ['read', 'proceedings'], ['read', 'missing']),
  },
  {
    id: 'quality',
    href: '/practice/quality',
    text: 'Quality and money',
    offered: anyGrant(
      ['read', 'case-audits'],
      ['read', 'health-checks'],
      ['read', 'money'],
      ['read', 'improvement-plan'],
    ),
  },
  { id: 'returns', href: '/returns', text: 'Returns', offered: anyGrant(['import', 'returns']) },
  { id: 'admin', href: '/admin', text: 'Administration', offered: (_: readonly Role[]) => false },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

function offered(
  section: (typeof SECTIONS)[number],
  roles: readonly Role[] | undefined,
  administers: boolean,
): boolean {
  if (section.id === 'admin') return administers;
  return !roles || section.offered(roles);
}

/**
 * GOV.UK service navigation. Without JavaScript the list simply shows (the menu toggle stays hidden),
 * so every section is reachable by keyboard and without scripts.
 */
const ServiceNavigation: FC<{
  current?: SectionId | undefined;
  roles?: readonly Role[] | undefined;
  administers?: boolean | undefined;
}> = ({ current, roles, administers }) => (
  <section aria-label="Service menu" class="govuk-service-navigation" data-module="govuk-service-navigation">
    <div class="govuk-width-container">
      <div class="govuk-service-navigation__container">
        <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
          <ul class="govuk-service-navigation__list" id="navigation">
            {SECTIONS.filter((section) => offered(section, roles, administers ?? false)).map((section) => (
              <li
                class={`govuk-service-navigation__item${section.id === current ? ' govuk-service-navigation__item--active' : ''}`}
              >
                <a
                  class="govuk-service-navigation__link"
                  href={section.href}
                  aria-current={section.id === current ? 'page' : undefined}
                >
                  {section.id === current ? (
                    <strong class="govuk-service-navigation__active-fallback">{section.text}</strong>
                  ) : (
                    section.text
                  )}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </div>
  </section>
);

export const Layout: FC<{
  title: string;
  signedIn?: SignedIn | undefined;
  section?: SectionId | undefined;
  children?: Child;
}> = ({ title, signedIn, section, children }) => (
  <html lang="en" class="govuk-template govuk-template--rebranded">
    <head>
      <meta charset="utf-8" />
      <title>{`${title} - Kestrel`}</title>
      <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
      <link rel="icon" href="/assets/images/favicon.svg" type="image/svg+xml" />
      <link rel="stylesheet" href="/assets/govuk-frontend.min.css" />
      <link rel="stylesheet" href="/assets/kestrel.css" />
    </head>
    <body class="govuk-template__body">
      <a href="#main-content" class="govuk-skip-link">
        Skip to main content
      </a>
      <header class="govuk-header" data-module="govuk-header">
        <div class="govuk-header__container govuk-width-container">
          <div class="govuk-header__logo">
            <a href="/" class="govuk-header__link govuk-header__link--homepage">
              <span class="govuk-header__logotype-text">Kestrel</span>
            </a>
          </div>
          <div class="govuk-header__content">
            <span class="govuk-header__service-name">Children's social care</span>
            {signedIn ? (
              <form method="post" action="/sign-out" class="kestrel-sign-out">
                <span class="kestrel-signed-in-as" data-testid="signed-in-as">
                  {signedIn.displayName}
                </span>
                <input type="hidden" name="_csrf" value={signedIn.csrfToken} />
                <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
                  Sign out
                </button>
              </form>
            ) : null}
          </div>
        </div>
      </header>
      {signedIn ? (
        <ServiceNavigation current={section} roles={signedIn.roles} administers={signedIn.administers} />
      ) : null}
      <div class="govuk-width-container">
        <div class="govuk-phase-banner">
          <p class="govuk-phase-banner__content">
            <strong class="govuk-tag govuk-phase-banner__content__tag">Alpha</strong>
            <span class="govuk-phase-banner__text">Synthetic data only. No real child's record is held here.</span>
          </p>
        </div>
        <main class="govuk-main-wrapper" id="main-content" role="main">
          {children}
        </main>
      </div>
      <footer class="govuk-footer" role="contentinfo">
        <div class="govuk-width-container">
          <p class="govuk-footer__meta-custom">Kestrel, an open system for councils' children's social care.</p>
        </div>
      </footer>
    </body>
  </html>
);
