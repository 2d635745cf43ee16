/** The practice section's front page: the working tools the caller's role uses, one link each. */
import type { FC } from 'hono/jsx';
import { Layout, type SignedIn } from './layout.tsx';

export interface PracticeToolLink {
  href: string;
  title: string;
  description: string;
}

export const PracticeIndexPage: FC<{ tools: PracticeToolLink[]; signedIn: SignedIn }> = ({ tools, signedIn }) => (
  <Layout title="Practice" signedIn={signedIn} section="practice">
    <h1 class="govuk-heading-xl">Practice</h1>
    {tools.length === 0 ? (
      <p class="govuk-body" data-testid="no-tools">
        Your role does not use the practice tools.
      </p>
    ) : (
      <ul class="govuk-list" data-testid="tools">
        {tools.map((tool) => (
          <li>
            <h2 class="govuk-heading-m govuk-!-margin-bottom-1">
              <a class="govuk-link" href={tool.href}>
                {tool.title}
              </a>
            </h2>
            <p class="govuk-body">{tool.description}</p>
          </li>
        ))}
      </ul>
    )}
  </Layout>
);
