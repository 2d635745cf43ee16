/**
 * Users and roles: the council's accounts (name, role, team, status, last sign-in), adding one, and on
 * each account's page changing the role, resetting the password and disabling it. A generated password
 * is shown once on the page that made it (the answer is never cached: security.ts), as `kestrel users`
 * prints it once; only its hash is kept.
 */
import type { FC } from 'hono/jsx';
import type { Role } from '../../access/policy.ts';
import type { UserRow } from '../../access/users.ts';
import {
  AdminFrame,
  ChoiceField,
  Csrf,
  ScrollBox,
  SelectField,
  SummaryList,
  TextField,
  type FieldError,
  type Option,
} from './admin-form.tsx';
import { ROLE_NAMES, ROLE_OPTIONS, type AccountForm, type AccountLine } from './admin-users-data.ts';
import { formatDate } from './format.ts';
import type { SignedIn } from './layout.tsx';

const USERS_CRUMB = [{ href: '/admin/users', text: 'Users and roles' }];

export function rolesInWords(user: Pick<UserRow, 'role' | 'additional_roles'>): string {
  return [user.role, ...user.additional_roles].map((role) => ROLE_NAMES[role as Role] ?? role).join(', ');
}

function scopeInWords(user: UserRow): string {
  const parts = [
    user.team_id && `team ${user.team_id}`,
    user.worker_id && `worker ${user.worker_id}`,
    user.service_id && `service ${user.service_id}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'None';
}

const STATUS_TAG: Record<AccountLine['status'], string> = {
  active: 'govuk-tag govuk-tag--green',
  disabled: 'govuk-tag govuk-tag--grey',
  locked: 'govuk-tag govuk-tag--red',
  'service account': 'govuk-tag govuk-tag--blue',
};

function userHref(user: UserRow): string {
  return `/admin/users/${encodeURIComponent(user.username)}`;
}

function signedInWhen(date: Date | null): string {
  return date ? formatDate(date.toISOString()) : 'Never';
}

export const UsersPage: FC<{ accounts: AccountLine[]; signedIn: SignedIn }> = ({ accounts, signedIn }) => (
  <AdminFrame title="Users and roles" signedIn={signedIn}>
    <h1 class="govuk-heading-xl">Users and roles</h1>
    <p class="govuk-body">
      What each role may see and do is the council's access policy. A change of role signs the person out everywhere, so
      it applies at once.
    </p>
    <a href="/admin/users/new" role="button" draggable="false" class="govuk-button" data-module="govuk-button">
      Add a user
    </a>
    <ScrollBox label="Accounts">
      <table class="govuk-table" data-testid="users">
        <caption class="govuk-table__caption govuk-table__caption--m">
          {accounts.length} {accounts.length === 1 ? 'account' : 'accounts'}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            {['Name', 'User name', 'Role', 'Team or scope', 'Status', 'Last sign-in'].map((heading) => (
              <th scope="col" class="govuk-table__header">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {accounts.map(({ user, status, lastSignIn }) => (
            <tr class="govuk-table__row" data-user={user.username}>
              <td class="govuk-table__cell">
                <a class="govuk-link" href={userHref(user)}>
                  {user.display_name}
                </a>
              </td>
              <td class="govuk-table__cell">{user.username}</td>
              <td class="govuk-table__cell">{rolesInWords(user)}</td>
              <td class="govuk-table__cell">{scopeInWords(user)}</td>
              <td class="govuk-table__cell">
                <strong class={STATUS_TAG[status]}>{status}</strong>
              </td>
              <td class="govuk-table__cell">{signedInWhen(lastSignIn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  </AdminFrame>
);

/** The role and where its scope comes from: shared by the add and change-role forms. */
const PlacementFields: FC<{
  form: AccountForm;
  errors: readonly FieldError[];
  choices: { teams: Option[]; services: Option[] };
}> = ({ form, errors, choices }) => (
  <>
    <SelectField
      id="role"
      label="Role"
      options={[{ value: '', text: 'Select a role' }, ...ROLE_OPTIONS]}
      value={form.role}
      errors={errors}
    />
    <ChoiceField
      id="also"
      kind="checkboxes"
      label="Further roles held as well (optional)"
      hint="For example, an administrator who is also a team manager."
      options={ROLE_OPTIONS}
      chosen={form.also}
      errors={errors}
      small
    />
    <SelectField
      id="teamId"
      label="Team"
      hint="A team manager sees the children of this team."
      options={choices.teams}
      value={form.teamId}
      errors={errors}
    />
    <TextField
      id="workerId"
      label="Worker record"
      hint="A social worker sees the children allocated to this worker id, for example W0042."
      value={form.workerId}
      width="govuk-input--width-10"
      errors={errors}
    />
    <SelectField
      id="serviceId"
      label="Service"
      hint="A head of service sees the children of this service's teams."
      options={choices.services}
      value={form.serviceId}
      errors={errors}
    />
  </>
);

export const AddUserPage: FC<{
  form: AccountForm;
  errors: readonly FieldError[];
  choices: { teams: Option[]; services: Option[] };
  signedIn: SignedIn;
}> = ({ form, errors, choices, signedIn }) => (
  <AdminFrame title="Add a user" signedIn={signedIn} crumbs={USERS_CRUMB} errors={errors}>
    <h1 class="govuk-heading-xl">Add a user</h1>
    <form method="post" action="/admin/users" novalidate>
      <Csrf signedIn={signedIn} />
      <TextField
        id="username"
        label="User name"
        hint="What they sign in with: 2 to 64 lower-case letters, digits, dots, dashes, underscores or @."
        value={form.username}
        width="govuk-!-width-one-half"
        errors={errors}
      />
      <TextField id="displayName" label="Full name" value={form.displayName} errors={errors} autocomplete="off" />
      <PlacementFields form={form} errors={errors} choices={choices} />
      <ChoiceField
        id="signIn"
        kind="radios"
        label="How they sign in"
        options={[
          { value: 'password', text: 'With a password (one is made for them and shown to you once)' },
          { value: 'identity-provider', text: "Through the council's single sign-on only" },
        ]}
        chosen={[form.signIn]}
        errors={errors}
      />
      <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="add-user">
        Add user
      </button>
    </form>
  </AdminFrame>
);

/** The one time a generated password is shown: after adding the account or resetting its password. */
export const PasswordOncePage: FC<{
  user: UserRow;
  password: string | null;
  title: string;
  signedIn: SignedIn;
}> = ({ user, password, title, signedIn }) => (
  <AdminFrame title={title} signedIn={signedIn} crumbs={USERS_CRUMB}>
    <div class="govuk-panel govuk-panel--confirmation">
      <h1 class="govuk-panel__title">{title}</h1>
      <div class="govuk-panel__body">
        {user.display_name} ({user.username})
      </div>
    </div>
    {password ? (
      <>
        <h2 class="govuk-heading-m">Their password</h2>
        <p class="govuk-body">
          <code class="govuk-!-font-size-24" data-testid="password">
            {password}
          </code>
        </p>
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            This password is shown once and stored only as a hash. Give it to them in person or by a secure route; it
            cannot be shown again, only reset.
          </strong>
        </div>
      </>
    ) : (
      <p class="govuk-body">They sign in through the council's single sign-on; no password was made.</p>
    )}
    <p class="govuk-body">
      <a class="govuk-link" href={userHref(user)}>
        Go to {user.display_name}'s account
      </a>
    </p>
  </AdminFrame>
);

const NOTICES: Record<string, string> = {
  role: 'Role changed. They have been signed out everywhere.',
  disabled: 'Account disabled. Its sessions and API tokens are revoked.',
};

export const UserPage: FC<{
  line: AccountLine;
  form: AccountForm;
  errors: readonly FieldError[];
  choices: { teams: Option[]; services: Option[] };
  notice?: string | undefined;
  signedIn: SignedIn;
}> = ({ line, form, errors, choices, notice, signedIn }) => {
  const { user } = line;
  const base = userHref(user);
  const message = notice ? NOTICES[notice] : undefined;
  return (
    <AdminFrame title={user.display_name} signedIn={signedIn} crumbs={USERS_CRUMB} errors={errors}>
      {message ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-testid="notice">
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title">Success</h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">{message}</p>
          </div>
        </div>
      ) : null}
      <span class="govuk-caption-l">{user.username}</span>
      <h1 class="govuk-heading-xl">{user.display_name}</h1>
      <SummaryList
        testId="account"
        rows={[
          ['Role', rolesInWords(user)],
          ['Team or scope', scopeInWords(user)],
          ['Status', <strong class={STATUS_TAG[line.status]}>{line.status}</strong>],
          ['Signs in', user.password_hash ? 'With a password' : user.service_account ? 'API tokens' : 'Single sign-on'],
          ['Last sign-in', signedInWhen(line.lastSignIn)],
          ['Added', formatDate(user.created_at.toISOString())],
        ]}
      />
      <h2 class="govuk-heading-l">Change role</h2>
      <form method="post" action={`${base}/role`} novalidate>
        <Csrf signedIn={signedIn} />
        <PlacementFields form={form} errors={errors} choices={choices} />
        <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="change-role">
          Change role
        </button>
      </form>
      {user.service_account ? null : (
        <>
          <h2 class="govuk-heading-l">Reset password</h2>
          <p class="govuk-body">
            A new password is made and shown to you once; any lockout is lifted and they are signed out.
          </p>
          <form method="post" action={`${base}/reset-password`} novalidate>
            <Csrf signedIn={signedIn} />
            <button
              type="submit"
              id="reset"
              class="govuk-button govuk-button--secondary"
              data-module="govuk-button"
              data-testid="reset-password"
            >
              Reset password
            </button>
          </form>
        </>
      )}
      {user.active ? (
        <>
          <h2 class="govuk-heading-l">Disable account</h2>
          <p class="govuk-body">
            They can no longer sign in. The account is kept, so the audit trail still names them.
          </p>
          <form method="post" action={`${base}/disable`} novalidate>
            <Csrf signedIn={signedIn} />
            <button
              type="submit"
              id="disable"
              class="govuk-button govuk-button--warning"
              data-module="govuk-button"
              data-testid="disable"
            >
              Disable account
            </button>
          </form>
        </>
      ) : null}
    </AdminFrame>
  );
};
