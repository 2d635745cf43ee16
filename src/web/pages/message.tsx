/** A page with one message: a refusal, an error, or "no access" after single sign-on. */
import type { FC } from 'hono/jsx';
import { Layout, type SectionId, type SignedIn } from './layout.tsx';

export const MessagePage: FC<{
  title: string;
  message: string;
  link?: { href: string; text: string };
  signedIn?: SignedIn | undefined;
  section?: SectionId | undefined;
}> = ({ title, message, link, signedIn, section }) => (
  <Layout title={title} signedIn={signedIn} section={section}>
    <h1 class="govuk-heading-l">{title}</h1>
    <p class="govuk-body">{message}</p>
    {link ? (
      <p class="govuk-body">
        <a class="govuk-link" href={link.href}>
          {link.text}
        </a>
      </p>
    ) : null}
  </Layout>
);
