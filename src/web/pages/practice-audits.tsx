/**
 * Case file audit pages: the quarter's summary as seed 002 reports it (counts by grade with shares, the
 * grade trend over the four quarters before, themes, learning, moderation agreement, actions) and the
 * audits listed; the form recording an audit; the month's sample.
 */
import type { FC } from 'hono/jsx';
import { OFSTED_GRADES } from '../../practice/audits/record.ts';
import type { AuditSample } from '../../practice/audits/sample.ts';
import type { AuditSummary, Quarter } from '../../practice/audits/summary.ts';
import { formatDate, formatNumber } from './format.ts';
import { Layout, type SignedIn } from './layout.tsx';
import { FORM_ACTIONS, FORM_THEMES, type ListedAudit } from './practice-audits-data.ts';
import {
  Csrf,
  ErrorSummary,
  GRADE_WORDS,
  gradeTagClass,
  SelectField,
  TextArea,
  TextField,
  type FieldError,
  type FormValues,
} from './practice-form.tsx';

const Th: FC<{ numeric?: boolean; children?: unknown }> = ({ numeric, children }) => (
  <th scope="col" class={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}>
    {children as never}
  </th>
);
const Td: FC<{ numeric?: boolean; children?: unknown }> = ({ numeric, children }) => (
  <td class={`govuk-table__cell${numeric ? ' govuk-table__cell--numeric' : ''}`}>{children as never}</td>
);
const pct = (n: number | null) => (n === null ? '-' : `${n}%`);

const Summary: FC<{ summary: AuditSummary }> = ({ summary }) => (
  <>
    <p class="govuk-body-l" data-testid="audit-headline">
      Of the {summary.audits} audits completed during the quarter:{' '}
      {summary.byGrade.map((g) => `${g.count} ${GRADE_WORDS[g.grade]!.toLowerCase()} (${pct(g.percent)})`).join(', ')}.
      {` ${summary.byType.random} random and ${summary.byType.themed} themed.`}
    </p>
    <div class="kestrel-table-scroll">
      <table class="govuk-table" data-testid="grade-trend">
        <caption class="govuk-table__caption govuk-table__caption--m">Grades, this quarter and the four before</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <Th>Quarter</Th>
            <Th numeric>Audits</Th>
            {OFSTED_GRADES.map((g) => (
              <Th numeric>{GRADE_WORDS[g]}</Th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {[...summary.trend, { quarter: summary.quarter, audits: summary.audits, byGrade: summary.byGrade }].map(
            (q) => (
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  {q.quarter.label}
                </th>
                <Td numeric>{q.audits}</Td>
                {q.byGrade.map((g) => (
                  <Td numeric>{`${g.count} (${pct(g.percent)})`}</Td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
    <dl class="govuk-summary-list" data-testid="audit-facts">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Moderation agreement</dt>
        <dd class="govuk-summary-list__value">
          {summary.moderation.moderated === 0
            ? 'No audit was moderated'
            : `${pct(summary.moderation.rate)}: the moderator agreed the grade of ${summary.moderation.agreed} of ${summary.moderation.moderated} moderated audits`}
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Actions set</dt>
        <dd class="govuk-summary-list__value">
          {`${summary.actions.set} set: ${summary.actions.done} done, ${summary.actions.open} open, ${summary.actions.overdue} overdue at the quarter's end`}
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Learning themes</dt>
        <dd class="govuk-summary-list__value">
          {summary.learning.length === 0 ? 'None' : summary.learning.map((l) => `${l.theme} (${l.audits})`).join(', ')}
        </dd>
      </div>
    </dl>
    {summary.themes.length ? (
      <table class="govuk-table" data-testid="themes">
        <caption class="govuk-table__caption govuk-table__caption--m">Grades given each theme</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <Th>Theme</Th>
            {OFSTED_GRADES.map((g) => (
              <Th numeric>{GRADE_WORDS[g]}</Th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {summary.themes.map((t) => (
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                {t.theme}
              </th>
              {OFSTED_GRADES.map((g) => (
                <Td numeric>{t[g]}</Td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    ) : null}
  </>
);

const AuditList: FC<{ audits: ListedAudit[] }> = ({ audits }) =>
  audits.length === 0 ? (
    <p class="govuk-body" data-testid="audits">
      No audit in the quarter that you may see.
    </p>
  ) : (
    <div class="kestrel-table-scroll">
      <table class="govuk-table" data-testid="audits">
        <caption class="govuk-table__caption govuk-table__caption--m">Audits in the quarter</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <Th>Date</Th>
            <Th>Child</Th>
            <Th>Team</Th>
            <Th>Type</Th>
            <Th>Grade</Th>
            <Th>Themes</Th>
            <Th>Actions</Th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {audits.map((a) => (
            <tr class="govuk-table__row" data-audit={a.id}>
              <Td>
                <span class="kestrel-nowrap">{formatDate(a.date)}</span>
              </Td>
              <Td>
                <a class="govuk-link" href={`/children/${encodeURIComponent(a.childId)}`}>
                  {a.childId}
                </a>
              </Td>
              <Td>{a.teamId ?? '-'}</Td>
              <Td>{a.type === 'themed' ? `themed: ${a.theme}` : 'random'}</Td>
              <Td>
                <strong class={gradeTagClass(a.grade)}>{GRADE_WORDS[a.grade]}</strong>
                {a.moderatedGrade ? ` (moderated: ${GRADE_WORDS[a.moderatedGrade]})` : ''}
              </Td>
              <Td>{a.themes.map((t) => `${t.theme}: ${GRADE_WORDS[t.grade]}`).join('; ') || '-'}</Td>
              <Td>
                {a.actions.length === 0 ? (
                  'None'
                ) : (
                  <ul class="govuk-list govuk-!-margin-bottom-0">
                    {a.actions.map((x) => (
                      <li>
                        {x.action} ({x.owner}, due {formatDate(x.due)})
                      </li>
                    ))}
                  </ul>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

export const AuditsPage: FC<{
  summary: AuditSummary;
  audits: ListedAudit[];
  quarters: Quarter[];
  mayRecord: boolean;
  recorded?: string | undefined;
  signedIn: SignedIn;
}> = ({ summary, audits, quarters, mayRecord, recorded, signedIn }) => (
  <Layout title="Case file audits" signedIn={signedIn} section="quality">
    {recorded ? (
      <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-testid="recorded">
        <div class="govuk-notification-banner__header">
          <h2 class="govuk-notification-banner__title">Success</h2>
        </div>
        <div class="govuk-notification-banner__content">
          <p class="govuk-notification-banner__heading">Audit {recorded} recorded.</p>
        </div>
      </div>
    ) : null}
    <span class="govuk-caption-l">{summary.quarter.label}</span>
    <h1 class="govuk-heading-xl">Case file audits</h1>
    <form method="get" action="/practice/quality/audits" class="govuk-!-margin-bottom-6">
      <SelectField
        id="quarter"
        label="Quarter"
        values={{ quarter: summary.quarter.label.replace(' ', '') }}
        errors={[]}
        options={quarters.map((q) => [q.label.replace(' ', ''), q.label] as const)}
      />
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
        Show quarter
      </button>
    </form>
    {mayRecord ? (
      <p class="govuk-body">
        <a class="govuk-link" href="/practice/quality/audits/new">
          Record an audit
        </a>
        {' · '}
        <a class="govuk-link" href="/practice/quality/audits/sample">
          Draw the month's sample
        </a>
      </p>
    ) : null}
    <Summary summary={summary} />
    <AuditList audits={audits} />
  </Layout>
);

const gradeOptions = (blank: string) =>
  [['', blank] as const, ...OFSTED_GRADES.map((g) => [g, GRADE_WORDS[g]!] as const)] as const;

export const AuditFormPage: FC<{ values: FormValues; errors: FieldError[]; signedIn: SignedIn }> = ({
  values,
  errors,
  signedIn,
}) => (
  <Layout title={`${errors.length ? 'Error: ' : ''}Record a case file audit`} signedIn={signedIn} section="quality">
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 class="govuk-heading-xl">Record a case file audit</h1>
        <form method="post" action="/practice/quality/audits" novalidate>
          <Csrf token={signedIn.csrfToken} />
          <TextField id="child" label="Child's id" values={values} errors={errors} width="govuk-input--width-10" />
          <TextField
            id="date"
            label="Date of the audit"
            hint="For example, 2026-06-30"
            values={values}
            errors={errors}
            width="govuk-input--width-10"
          />
          <SelectField
            id="type"
            label="Type of audit"
            values={values}
            errors={errors}
            options={[
              ['random', 'Random (from the sample)'],
              ['themed', 'Themed'],
            ]}
          />
          <TextField id="theme" label="Theme audited (themed audits)" values={values} errors={errors} />
          <TextField id="auditor" label="Auditor" values={values} errors={errors} />
          <SelectField
            id="grade"
            label="Overall grade"
            values={values}
            errors={errors}
            options={gradeOptions('Choose a grade')}
          />
          <TextField id="moderator" label="Moderator (if moderated)" values={values} errors={errors} />
          <SelectField
            id="moderatedGrade"
            label="Moderator's grade"
            values={values}
            errors={errors}
            options={gradeOptions('Not moderated')}
          />
          <h2 class="govuk-heading-m">Grades per theme</h2>
          {FORM_THEMES.map(([id, text]) => (
            <SelectField id={id} label={text} values={values} errors={errors} options={gradeOptions('Not graded')} />
          ))}
          <TextArea id="findings" label="Findings" values={values} errors={errors} />
          <h2 class="govuk-heading-m">Actions</h2>
          {Array.from({ length: FORM_ACTIONS }, (_, i) => (
            <fieldset class="govuk-fieldset govuk-!-margin-bottom-4">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Action {i + 1}</legend>
              <TextField id={`action${i + 1}`} label="What is to be done" values={values} errors={errors} />
              <TextField id={`owner${i + 1}`} label="Owner" values={values} errors={errors} />
              <TextField
                id={`due${i + 1}`}
                label="Due"
                hint="For example, 2026-07-31"
                values={values}
                errors={errors}
                width="govuk-input--width-10"
              />
            </fieldset>
          ))}
          <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="record-audit">
            Record the audit
          </button>
        </form>
      </div>
    </div>
  </Layout>
);

export const SamplePage: FC<{
  values: FormValues;
  errors: FieldError[];
  sample?: AuditSample | undefined;
  signedIn: SignedIn;
}> = ({ values, errors, sample, signedIn }) => (
  <Layout
    title={`${errors.length ? 'Error: ' : ''}Draw the month's audit sample`}
    signedIn={signedIn}
    section="quality"
  >
    <ErrorSummary errors={errors} />
    <h1 class="govuk-heading-xl">Draw the month's audit sample</h1>
    <p class="govuk-body">
      The same number of open cases from each team, ranked by the seed: the same seed on the same records draws the same
      sample. Files audited in the days before the month are left out.
    </p>
    <form method="post" action="/practice/quality/audits/sample" novalidate>
      <Csrf token={signedIn.csrfToken} />
      <TextField
        id="month"
        label="Month"
        hint="For example, 2026-07"
        values={values}
        errors={errors}
        width="govuk-input--width-10"
      />
      <TextField
        id="seed"
        label="Seed"
        hint="Any words or number; write it down"
        values={values}
        errors={errors}
        width="govuk-input--width-20"
      />
      <TextField id="perTeam" label="Cases per team" values={values} errors={errors} width="govuk-input--width-4" />
      <TextField
        id="excludeDays"
        label="Leave out files audited in the last (days)"
        values={values}
        errors={errors}
        width="govuk-input--width-4"
      />
      <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="draw-sample">
        Draw the sample
      </button>
    </form>
    {sample ? (
      <table class="govuk-table" data-testid="sample">
        <caption class="govuk-table__caption govuk-table__caption--m">
          Sample for {sample.month} (seed "{sample.seed}"), cases open on {formatDate(sample.openOn)}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <Th>Team</Th>
            <Th numeric>Open cases</Th>
            <Th numeric>Recently audited</Th>
            <Th>Drawn</Th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {sample.teams.map((t) => (
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                {t.teamId}
              </th>
              <Td numeric>{formatNumber(t.open)}</Td>
              <Td numeric>{formatNumber(t.recentlyAudited)}</Td>
              <Td>
                {t.drawn.length === 0
                  ? 'None'
                  : t.drawn.map((d, i) => (
                      <>
                        {i ? ', ' : ''}
                        <a
                          class="govuk-link"
                          href={`/children/${encodeURIComponent(d.childId)}`}
                          data-drawn={d.childId}
                        >
                          {d.childId}
                        </a>
                      </>
                    ))}
              </Td>
            </tr>
          ))}
        </tbody>
      </table>
    ) : null}
  </Layout>
);
