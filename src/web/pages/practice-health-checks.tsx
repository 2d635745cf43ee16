/**
 * Team health check pages (seed 002 paragraphs 21-26): checks due and overdue by team, the grades by
 * team over time, a team's pack (its figures, clocks and workload beside the council's), and the form
 * recording a check.
 */
import type { FC } from 'hono/jsx';
import { OFSTED_GRADES } from '../../practice/audits/record.ts';
import type { TeamPack } from '../../practice/health-checks/pack.ts';
import { clockTagClass, formatDate, formatNumber } from './format.ts';
import { Layout, type SignedIn } from './layout.tsx';
import type { HealthChecksView } from './practice-health-checks-data.ts';
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

const STATUS_TAG: Record<string, string> = {
  overdue: 'overdue',
  'never checked': 'overdue',
  'due soon': 'due soon',
  'on time': 'met',
};

export const HealthChecksPage: FC<{
  view: HealthChecksView;
  mayRecord: boolean;
  recorded?: string | undefined;
  signedIn: SignedIn;
}> = ({ view, mayRecord, recorded, signedIn }) => (
  <Layout title="Team health checks" signedIn={signedIn} section="quality">
    {recorded ? (
      <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-testid="recorded">
        <div class="govuk-notification-banner__header">
          <h2 class="govuk-notification-banner__title">Success</h2>
        </div>
        <div class="govuk-notification-banner__content">
          <p class="govuk-notification-banner__heading">Health check {recorded} recorded.</p>
        </div>
      </div>
    ) : null}
    <span class="govuk-caption-l">On {formatDate(view.due.at)}</span>
    <h1 class="govuk-heading-xl">Team health checks</h1>
    <p class="govuk-body">
      The next check is due 12 months after a good or outstanding grade, 6 months after requires improvement or
      inadequate.
    </p>
    {mayRecord ? (
      <p class="govuk-body">
        <a class="govuk-link" href="/practice/quality/health-checks/new">
          Record a health check
        </a>
      </p>
    ) : null}
    <table class="govuk-table" data-testid="due">
      <caption class="govuk-table__caption govuk-table__caption--m">Checks due</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            Team
          </th>
          <th scope="col" class="govuk-table__header">
            Last checked
          </th>
          <th scope="col" class="govuk-table__header">
            Grade
          </th>
          <th scope="col" class="govuk-table__header">
            Next due
          </th>
          <th scope="col" class="govuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {view.due.teams.map((t) => (
          <tr class="govuk-table__row" data-team={t.teamId}>
            <td class="govuk-table__cell">
              <a class="govuk-link" href={`/practice/quality/health-checks/teams/${encodeURIComponent(t.teamId)}`}>
                {t.teamName}
              </a>
            </td>
            <td class="govuk-table__cell">
              <span class="kestrel-nowrap">{t.lastChecked ? formatDate(t.lastChecked) : 'Never'}</span>
            </td>
            <td class="govuk-table__cell">
              {t.lastGrade ? <strong class={gradeTagClass(t.lastGrade)}>{GRADE_WORDS[t.lastGrade]}</strong> : '-'}
            </td>
            <td class="govuk-table__cell">{t.nextDue ? formatDate(t.nextDue) : 'Now'}</td>
            <td class="govuk-table__cell">
              <strong class={clockTagClass(STATUS_TAG[t.status] ?? 'on time')}>{t.status}</strong>
              {t.daysOver ? ` (${t.daysOver} days)` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    <h2 class="govuk-heading-m">Grades by team over time</h2>
    {view.history.teams.length === 0 ? (
      <p class="govuk-body">No check recorded yet.</p>
    ) : (
      <ul class="govuk-list" data-testid="history">
        {view.history.teams.map((t) => (
          <li>
            <strong>{t.teamName}</strong>:{' '}
            {t.checks.map((c, i) => (
              <>
                {i ? ', ' : ''}
                {formatDate(c.date)} <strong class={gradeTagClass(c.grade)}>{GRADE_WORDS[c.grade]}</strong>
              </>
            ))}
          </li>
        ))}
      </ul>
    )}
    {view.history.byYear.length ? (
      <table class="govuk-table" data-testid="by-year">
        <caption class="govuk-table__caption govuk-table__caption--m">Checks per financial year</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Year
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              Checks
            </th>
            {OFSTED_GRADES.map((g) => (
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                {GRADE_WORDS[g]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {view.history.byYear.map((y) => (
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                {y.year}
              </th>
              <td class="govuk-table__cell govuk-table__cell--numeric">{y.checks}</td>
              {OFSTED_GRADES.map((g) => (
                <td class="govuk-table__cell govuk-table__cell--numeric">{y[g]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    ) : null}
  </Layout>
);

const fmt = (unit: string, value: number | null) =>
  value === null
    ? '-'
    : unit === 'percent'
      ? `${formatNumber(Math.round(value * 10) / 10)}%`
      : formatNumber(Math.round(value * 10) / 10);

export const TeamPackPage: FC<{ pack: TeamPack; teamName: string; signedIn: SignedIn }> = ({
  pack,
  teamName,
  signedIn,
}) => (
  <Layout title={`Team pack: ${teamName}`} signedIn={signedIn} section="quality">
    <span class="govuk-caption-l">
      Team pack on {formatDate(pack.at)}, period {pack.period}
    </span>
    <h1 class="govuk-heading-xl">{teamName}</h1>
    <p class="govuk-body" data-testid="pack-check">
      {pack.healthCheck?.lastChecked
        ? `Last checked ${formatDate(pack.healthCheck.lastChecked)} (${GRADE_WORDS[pack.healthCheck.lastGrade!]}); next due ${formatDate(pack.healthCheck.nextDue)}.`
        : 'Never checked.'}
    </p>
    <div class="kestrel-table-scroll">
      <table class="govuk-table" data-testid="pack-figures">
        <caption class="govuk-table__caption govuk-table__caption--m">Indicators: the team beside the council</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Measure
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              Team
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              Council
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {pack.figures.map((f) => (
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header kestrel-measure">
                <a class="govuk-link" href={`/indicators/${encodeURIComponent(f.id)}`}>
                  {f.title}
                </a>
              </th>
              <td class="govuk-table__cell govuk-table__cell--numeric">{fmt(f.unit, f.team.value)}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{fmt(f.unit, f.council.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    <table class="govuk-table" data-testid="pack-clocks">
      <caption class="govuk-table__caption govuk-table__caption--m">
        Statutory clocks: the team beside the council
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            Clock
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            Team running
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            Team overdue
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            Council overdue
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {pack.clocks.map((c) => (
          <tr class="govuk-table__row">
            <th scope="row" class="govuk-table__header kestrel-measure">
              {c.title}
            </th>
            <td class="govuk-table__cell govuk-table__cell--numeric">{c.team.running}</td>
            <td class="govuk-table__cell govuk-table__cell--numeric">{c.team.overdue}</td>
            <td class="govuk-table__cell govuk-table__cell--numeric">{c.council.overdue}</td>
          </tr>
        ))}
      </tbody>
    </table>
    <p class="govuk-body" data-testid="pack-workload">
      {pack.workload.team
        ? `Workload: ${pack.workload.team.workers} workers hold ${pack.workload.team.cases} cases, ${formatNumber(pack.workload.team.points)} points (mean ${formatNumber(pack.workload.team.meanPoints)} against the ideal of ${pack.workload.ideal}); ${pack.workload.team.overCapacity} over capacity.`
        : 'Workload: no case-holding worker in the team.'}
    </p>
  </Layout>
);

export const HealthCheckFormPage: FC<{
  values: FormValues;
  errors: FieldError[];
  teams: Array<{ id: string; name: string }>;
  signedIn: SignedIn;
}> = ({ values, errors, teams, signedIn }) => (
  <Layout title={`${errors.length ? 'Error: ' : ''}Record a team health check`} signedIn={signedIn} section="quality">
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 class="govuk-heading-xl">Record a team health check</h1>
        <form method="post" action="/practice/quality/health-checks" novalidate>
          <Csrf token={signedIn.csrfToken} />
          <SelectField
            id="team"
            label="Team"
            values={values}
            errors={errors}
            options={[['', 'Choose a team'] as const, ...teams.map((t) => [t.id, t.name] as const)]}
          />
          <TextField
            id="date"
            label="Date of the check"
            hint="For example, 2026-06-30"
            values={values}
            errors={errors}
            width="govuk-input--width-10"
          />
          <SelectField
            id="grade"
            label="Grade"
            values={values}
            errors={errors}
            options={[['', 'Choose a grade'] as const, ...OFSTED_GRADES.map((g) => [g, GRADE_WORDS[g]!] as const)]}
          />
          <TextField id="checkedBy" label="Checked by" values={values} errors={errors} />
          <TextArea id="findings" label="Findings and priority areas for improvement" values={values} errors={errors} />
          <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="record-check">
            Record the check
          </button>
        </form>
      </div>
    </div>
  </Layout>
);
