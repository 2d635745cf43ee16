/**
 * Restricted records: the children only the people named may open (who they are, why, since when), a
 * form to restrict a child or change who is named, and a button to lift each restriction. Children are
 * shown by id only (admin-restrictions-data.ts says why).
 */
import type { FC } from 'hono/jsx';
import { AdminFrame, ChoiceField, Csrf, ScrollBox, TextField, type FieldError } from './admin-form.tsx';
import { REASON_NAMES, REASON_OPTIONS, type RestrictedChild, type RestrictionForm } from './admin-restrictions-data.ts';
import { formatDate } from './format.ts';
import type { SignedIn } from './layout.tsx';

const NOTICES: Record<string, string> = {
  restricted: 'Record restricted. Only the people named may open it.',
  lifted: 'Restriction lifted. The record is open to the usual teams again.',
};

const RestrictionsTable: FC<{ restrictions: RestrictedChild[]; signedIn: SignedIn }> = ({ restrictions, signedIn }) => (
  <ScrollBox label="Restricted records">
    <table class="govuk-table" data-testid="restrictions">
      <caption class="govuk-table__caption govuk-table__caption--m">
        {restrictions.length} restricted {restrictions.length === 1 ? 'record' : 'records'}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {['Child id', 'Why', 'Who may open it', 'Restricted', ''].map((heading) => (
            <th scope="col" class="govuk-table__header">
              {heading ? heading : <span class="govuk-visually-hidden">Action</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {restrictions.map((row) => (
          <tr class="govuk-table__row" data-child={row.childId}>
            <td class="govuk-table__cell">{row.childId}</td>
            <td class="govuk-table__cell">
              {REASON_NAMES[row.reason]}
              {row.note ? <div class="govuk-hint govuk-!-margin-bottom-0">{row.note}</div> : null}
            </td>
            <td class="govuk-table__cell">
              {row.allowed.length === 0 ? (
                'Nobody'
              ) : (
                <ul class="govuk-list govuk-!-margin-bottom-0">
                  {row.allowed.map((name) => (
                    <li>{name}</li>
                  ))}
                </ul>
              )}
            </td>
            <td class="govuk-table__cell">
              {formatDate(row.restrictedAt.toISOString())} by {row.restrictedBy}
            </td>
            <td class="govuk-table__cell">
              <form method="post" action={`/admin/restrictions/${encodeURIComponent(row.childId)}/lift`} novalidate>
                <Csrf signedIn={signedIn} />
                <button
                  type="submit"
                  class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  data-module="govuk-button"
                >
                  Lift<span class="govuk-visually-hidden"> the restriction on {row.childId}</span>
                </button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </ScrollBox>
);

export const RestrictionsPage: FC<{
  restrictions: RestrictedChild[];
  form: RestrictionForm;
  errors: readonly FieldError[];
  notice?: string | undefined;
  signedIn: SignedIn;
}> = ({ restrictions, form, errors, notice, signedIn }) => {
  const message = notice ? NOTICES[notice] : undefined;
  return (
    <AdminFrame title="Restricted records" signedIn={signedIn} errors={errors}>
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
      <h1 class="govuk-heading-xl">Restricted records</h1>
      <p class="govuk-body">
        A restricted child's record opens only for the people named, and only if the child is also within their own
        caseload, team or service. The child still counts in every figure. Children are shown here by id only.
      </p>
      {restrictions.length === 0 ? (
        <p class="govuk-body" data-testid="no-restrictions">
          No record is restricted.
        </p>
      ) : (
        <RestrictionsTable restrictions={restrictions} signedIn={signedIn} />
      )}
      <h2 class="govuk-heading-l">Restrict a record</h2>
      <p class="govuk-body">Restricting a record that is already restricted replaces the people named.</p>
      <form method="post" action="/admin/restrictions" novalidate>
        <Csrf signedIn={signedIn} />
        <TextField
          id="childId"
          label="Child id"
          hint="The council's id for the child, for example C000123."
          value={form.childId}
          width="govuk-input--width-10"
          errors={errors}
        />
        <ChoiceField
          id="reason"
          kind="radios"
          label="Why is the record restricted?"
          options={REASON_OPTIONS}
          chosen={[form.reason]}
          errors={errors}
        />
        <TextField
          id="allow"
          label="Who may open it"
          hint="User names, separated by commas or spaces."
          value={form.allow}
          errors={errors}
        />
        <TextField
          id="note"
          label="Note (optional)"
          hint="For administrators only; never shown to anyone refused."
          value={form.note}
          errors={errors}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="restrict">
          Restrict record
        </button>
      </form>
    </AdminFrame>
  );
};
