/** The Administration landing page: the areas the caller's roles may use, each with what it is for. */
import type { FC } from 'hono/jsx';
import type { AdminArea } from './admin-access.ts';
import { Layout, type SignedIn } from './layout.tsx';

export const AdminHomePage: FC<{ areas: readonly AdminArea[]; signedIn: SignedIn }> = ({ areas, signedIn }) => (
  <Layout title="Administration" signedIn={signedIn} section="admin">
    <h1 class="govuk-heading-xl">Administration</h1>
    <ul class="govuk-list govuk-list--spaced" data-testid="admin-areas">
      {areas.map((area) => (
        <li>
          <h2 class="govuk-heading-m govuk-!-margin-bottom-1">
            <a class="govuk-link" href={area.href}>
              {area.title}
            </a>
          </h2>
          <p class="govuk-body">{area.description}</p>
        </li>
      ))}
    </ul>
  </Layout>
);
