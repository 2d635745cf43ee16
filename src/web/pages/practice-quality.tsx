/** The "Quality and money" index: a link to each practice tool the caller's role may read. */
import type { FC } from 'hono/jsx';
import { Layout, type SignedIn } from './layout.tsx';

export interface ToolLink {
  href: string;
  title: string;
  description: string;
}

export const QUALITY_TOOLS = [
  {
    target: 'case-audits',
    href: '/practice/quality/audits',
    title: 'Case file audits',
    description: "The quarter's audits by grade, themes, moderation and actions; record an audit; draw the sample.",
  },
  {
    target: 'health-checks',
    href: '/practice/quality/health-checks',
    title: 'Team health checks',
    description: 'Checks due and overdue, grades by team over time, and each team’s pack.',
  },
  {
    target: 'improvement-plan',
    href: '/practice/quality/improvement',
    title: 'Improvement plan',
    description: 'Ofsted recommendations and local priorities: actions, owners, RAG and evidence.',
  },
  {
    target: 'money',
    href: '/practice/quality/budget',
    title: 'Placement budget forecast',
    description: 'Spend, commitments, growth and projected outturn per budget line, month by month.',
  },
  {
    target: 'money',
    href: '/practice/quality/demand',
    title: 'Demand forecast',
    description: 'Children looked after 24 months ahead by age and placement, and how well the model forecasts.',
  },
] as const;

export const QualityIndexPage: FC<{ tools: ToolLink[]; signedIn: SignedIn }> = ({ tools, signedIn }) => (
  <Layout title="Quality and money" signedIn={signedIn} section="quality">
    <h1 class="govuk-heading-xl">Quality and money</h1>
    {tools.length === 0 ? (
      <p class="govuk-body" data-testid="no-tools">
        Your role does not use these tools.
      </p>
    ) : (
      <ul class="govuk-list" data-testid="tools">
        {tools.map((tool) => (
          <li class="govuk-!-margin-bottom-4">
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
