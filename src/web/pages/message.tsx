/** A page with one message: a refusal, an error, or "no access" after single sign-on. */
import type { FC } from 'hono/jsx';
import { Layout } from './layout.tsx';

export const MessagePage: FC<{ title: string; message: string; link?: { href: string; text: string } }> = ({
  title,
  message,
  link,
}) => (
  <Layout title={title}>
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
