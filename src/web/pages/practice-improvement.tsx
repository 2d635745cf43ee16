/**
 * The improvement plan page (seed 000: the Ofsted recommendations and the council's priorities): each
 * action with owner, due date, RAG (overdue marked), evidence linking to the indicators' pages, and its
 * history; for those who may change it, a form reporting progress under each action and a form adding
 * an action.
 */
import type { FC } from 'hono/jsx';
import { RAGS } from '../../practice/improvement/plan.ts';
import { formatDate } from './format.ts';
import { Layout, type SignedIn } from './layout.tsx';
import {
  Csrf,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  type FieldError,
  type FormValues,
} from './practice-form.tsx';
import type { PlanView } from './practice-improvement-data.ts';

const RAG_TAG: Record<string, string> = {
  red: 'govuk-tag govuk-tag--red',
  amber: 'govuk-tag govuk-tag--orange',
  green: 'govuk-tag govuk-tag--green',
  complete: 'govuk-tag govuk-tag--blue',
};

export interface PlanForm {
  /** Which form the values and errors belong to: `add`, or `progress:ID`. */
  form: string;
  values: FormValues;
  errors: FieldError[];
}

const ProgressForm: FC<{ actionId: string; at: string; form: PlanForm | undefined; csrf: string }> = ({
  actionId,
  at,
  form,
  csrf,
}) => {
  const mine = form?.form === `progress:${actionId}`;
  const values = mine ? form.values : { asAt: at };
  const errors = mine ? form.errors : [];
  const id = (name: string) => `${name}-${actionId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const scoped = Object.fromEntries(Object.entries(values).map(([k, v]) => [id(k), v]));
  const scopedErrors = errors.map((e) => ({ ...e, field: id(e.field) }));
  return (
    <details class="govuk-details" open={mine || undefined}>
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">Report progress on {actionId}</span>
      </summary>
      <div class="govuk-details__text">
        <form
          method="post"
          action={`/practice/quality/improvement/actions/${encodeURIComponent(actionId)}/progress`}
          novalidate
        >
          <Csrf token={csrf} />
          <SelectField
            id={id('rag')}
            label="RAG"
            values={scoped}
            errors={scopedErrors}
            options={[['', 'Choose'] as const, ...RAGS.map((r) => [r, r] as const)]}
          />
          <TextField
            id={id('asAt')}
            label="As at"
            hint="For example, 2026-06-30"
            values={scoped}
            errors={scopedErrors}
            width="govuk-input--width-10"
          />
          <TextArea id={id('note')} label="What has been done" values={scoped} errors={scopedErrors} />
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
            Report progress
          </button>
        </form>
      </div>
    </details>
  );
};

export const ImprovementPage: FC<{
  plan: PlanView;
  mayChange: boolean;
  form?: PlanForm | undefined;
  signedIn: SignedIn;
}> = ({ plan, mayChange, form, signedIn }) => {
  const errors = form?.errors ?? [];
  const summaryErrors = form?.form.startsWith('progress:')
    ? errors.map((e) => ({
        ...e,
        field: `${e.field}-${form.form.slice('progress:'.length).replace(/[^A-Za-z0-9_-]/g, '_')}`,
      }))
    : errors;
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}Improvement plan`} signedIn={signedIn} section="quality">
      <ErrorSummary errors={summaryErrors} />
      <span class="govuk-caption-l">As at {formatDate(plan.at)}</span>
      <h1 class="govuk-heading-xl">Improvement plan</h1>
      <p class="govuk-body" data-testid="plan-headline">
        {plan.actions.length} {plan.actions.length === 1 ? 'action' : 'actions'}:{' '}
        {Object.entries(plan.byRag)
          .map(([rag, n]) => `${n} ${rag}`)
          .join(', ')}
        ; {plan.actions.filter((a) => a.overdue).length} overdue.
      </p>
      {plan.actions.map((a) => (
        <div class="govuk-summary-card" id={a.id} data-action={a.id}>
          <div class="govuk-summary-card__title-wrapper">
            <h2 class="govuk-summary-card__title">
              {a.id}: {a.heading}
            </h2>
          </div>
          <div class="govuk-summary-card__content">
            <dl class="govuk-summary-list">
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">Action</dt>
                <dd class="govuk-summary-list__value">{a.action}</dd>
              </div>
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">Owner</dt>
                <dd class="govuk-summary-list__value">{a.owner}</dd>
              </div>
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">Due</dt>
                <dd class="govuk-summary-list__value">
                  {formatDate(a.due)} {a.overdue ? <strong class="govuk-tag govuk-tag--red">overdue</strong> : null}
                </dd>
              </div>
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">RAG</dt>
                <dd class="govuk-summary-list__value">
                  {a.rag ? <strong class={RAG_TAG[a.rag]}>{a.rag}</strong> : 'Not reported'}
                </dd>
              </div>
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">Evidence</dt>
                <dd class="govuk-summary-list__value">
                  {a.evidence.length === 0
                    ? 'None named'
                    : a.evidence.map((id, i) => (
                        <>
                          {i ? ', ' : ''}
                          <a class="govuk-link" href={`/indicators/${encodeURIComponent(id)}`}>
                            {id}
                          </a>
                        </>
                      ))}
                </dd>
              </div>
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">History</dt>
                <dd class="govuk-summary-list__value">
                  {a.history.length === 0 ? (
                    'None'
                  ) : (
                    <ul class="govuk-list govuk-!-margin-bottom-0">
                      {a.history.map((h) => (
                        <li>
                          {formatDate(h.asAt)}: {h.rag}
                          {h.note ? `, ${h.note}` : ''} ({h.author})
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
            </dl>
            {mayChange ? <ProgressForm actionId={a.id} at={plan.at} form={form} csrf={signedIn.csrfToken} /> : null}
          </div>
        </div>
      ))}
      {mayChange ? (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <h2 class="govuk-heading-l">Add an action</h2>
            <form method="post" action="/practice/quality/improvement/actions" novalidate>
              <Csrf token={signedIn.csrfToken} />
              {(() => {
                const values = form?.form === 'add' ? form.values : {};
                const errs = form?.form === 'add' ? form.errors : [];
                return (
                  <>
                    <TextField
                      id="id"
                      label="Reference"
                      hint="For example, R1.2"
                      values={values}
                      errors={errs}
                      width="govuk-input--width-10"
                    />
                    <SelectField
                      id="kind"
                      label="Under"
                      values={values}
                      errors={errs}
                      options={[
                        ['recommendation', 'An Ofsted recommendation'],
                        ['priority', 'A local priority'],
                      ]}
                    />
                    <TextArea id="heading" label="The recommendation or priority" values={values} errors={errs} />
                    <TextArea id="action" label="What will be done" values={values} errors={errs} />
                    <TextField id="owner" label="Owner" values={values} errors={errs} />
                    <TextField
                      id="due"
                      label="Due"
                      hint="For example, 2026-12-31"
                      values={values}
                      errors={errs}
                      width="govuk-input--width-10"
                    />
                    <TextField
                      id="evidence"
                      label="Evidence: indicator ids"
                      hint="Separated by spaces, for example cla-reviews-in-time"
                      values={values}
                      errors={errs}
                    />
                  </>
                );
              })()}
              <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="add-action">
                Add the action
              </button>
            </form>
          </div>
        </div>
      ) : null}
    </Layout>
  );
};
