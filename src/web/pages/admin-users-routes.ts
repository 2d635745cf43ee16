/**
 * /admin/users: list, add, and each account's page with change role, reset password and disable. Each
 * route first asks the policy (`manage-users`, refused and audited as every page's refusal is); each
 * change goes through access/users.ts, audited in its transaction. A refused form comes back as it was
 * filled in with a GOV.UK error summary (400) and nothing changed; a change that succeeded redirects
 * (303), except the two that show a new password, which is shown once on the answer to the post.
 */
import { Hono, type Context } from 'hono';
import { ApiError } from '../errors.ts';
import type { RequestEnv } from '../request-store.ts';
import { requireArea } from './admin-access.ts';
import { adminContext, show } from './admin-show.ts';
import { AddUserPage, PasswordOncePage, UserPage, UsersPage } from './admin-users.tsx';
import {
  addAccount,
  changeRole,
  disableAccount,
  formOf,
  listAccounts,
  loadAccount,
  placementChoices,
  readAccountForm,
  resetAccountPassword,
  viewAccount,
  type AccountForm,
  type AccountLine,
} from './admin-users-data.ts';
import type { FieldError } from './admin-form.tsx';

const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,63}$/i;

const EMPTY_FORM: AccountForm = {
  username: '',
  displayName: '',
  role: '',
  also: [],
  teamId: '',
  workerId: '',
  serviceId: '',
  signIn: 'password',
};

/** The account named in the path, in the caller's council, or a 404 like any absent page. */
async function accountOf(c: Context<RequestEnv>, audited: boolean): Promise<AccountLine> {
  const { context, request } = adminContext(c);
  const username = c.req.param('username') ?? '';
  const now = c.var.now();
  const line = !USERNAME.test(username)
    ? undefined
    : audited
      ? await viewAccount(c.var.db(), request, username, now)
      : await loadAccount(c.var.db(), context.actor.laCode, username, now);
  if (!line) throw new ApiError('not_found', 'There is no user with that name.');
  return line;
}

async function userPage(
  c: Context<RequestEnv>,
  line: AccountLine,
  form: AccountForm,
  errors: FieldError[],
  status: 200 | 400,
): Promise<Response> {
  const { context } = adminContext(c);
  const choices = await placementChoices(c.var.db(), context.actor.laCode);
  const notice = c.req.query('done');
  return show(c, UserPage({ line, form, errors, choices, notice, signedIn: context.signedIn }), status);
}

export function adminUserRoutes(): Hono<RequestEnv> {
  const routes = new Hono<RequestEnv>();

  routes.use('/admin/users', (c, next) => requireArea(c, adminContext(c).context, 'users').then(next));
  routes.use('/admin/users/*', (c, next) => requireArea(c, adminContext(c).context, 'users').then(next));

  routes.get('/admin/users', async (c) => {
    const { context, request } = adminContext(c);
    const accounts = await listAccounts(c.var.db(), request, c.var.now());
    return show(c, UsersPage({ accounts, signedIn: context.signedIn }));
  });

  routes.get('/admin/users/new', async (c) => {
    const { context } = adminContext(c);
    const choices = await placementChoices(c.var.db(), context.actor.laCode);
    return show(c, AddUserPage({ form: EMPTY_FORM, errors: [], choices, signedIn: context.signedIn }));
  });

  routes.post('/admin/users', async (c) => {
    const { context, request } = adminContext(c);
    const form = readAccountForm(await c.req.parseBody({ all: true }));
    const outcome = await addAccount(c.var.db(), request, form);
    if (!outcome.ok) {
      const choices = await placementChoices(c.var.db(), context.actor.laCode);
      return show(c, AddUserPage({ form, errors: outcome.errors, choices, signedIn: context.signedIn }), 400);
    }
    const { user, password } = outcome.value;
    return show(c, PasswordOncePage({ user, password, title: 'User added', signedIn: context.signedIn }));
  });

  routes.get('/admin/users/:username', async (c) => {
    const line = await accountOf(c, true);
    return userPage(c, line, formOf(line.user), [], 200);
  });

  routes.post('/admin/users/:username/role', async (c) => {
    const { request } = adminContext(c);
    const line = await accountOf(c, false);
    const form = { ...readAccountForm(await c.req.parseBody({ all: true })), username: line.user.username };
    const outcome = await changeRole(c.var.db(), request, line.user, form);
    if (!outcome.ok) return userPage(c, line, form, outcome.errors, 400);
    return c.redirect(`/admin/users/${encodeURIComponent(line.user.username)}?done=role`, 303);
  });

  routes.post('/admin/users/:username/reset-password', async (c) => {
    const { context, request } = adminContext(c);
    const line = await accountOf(c, false);
    const outcome = await resetAccountPassword(c.var.db(), request, line.user);
    if (!outcome.ok) return userPage(c, line, formOf(line.user), outcome.errors, 400);
    return show(
      c,
      PasswordOncePage({
        user: line.user,
        password: outcome.value,
        title: 'Password reset',
        signedIn: context.signedIn,
      }),
    );
  });

  routes.post('/admin/users/:username/disable', async (c) => {
    const { request } = adminContext(c);
    const line = await accountOf(c, false);
    const outcome = await disableAccount(c.var.db(), request, line.user);
    if (!outcome.ok) return userPage(c, line, formOf(line.user), outcome.errors, 400);
    return c.redirect(`/admin/users/${encodeURIComponent(line.user.username)}?done=disabled`, 303);
  });

  return routes;
}
