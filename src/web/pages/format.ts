/** How pages write dates and numbers (GOV.UK style: "4 December 2026"). */
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const number = new Intl.NumberFormat('en-GB');

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date);
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : number.format(value);
}

/** The GOV.UK tag colour for a clock's status. */
export function clockTagClass(status: string): string {
  switch (status) {
    case 'overdue':
      return 'govuk-tag govuk-tag--red';
    case 'due soon':
      return 'govuk-tag govuk-tag--yellow';
    case 'met late':
      return 'govuk-tag govuk-tag--orange';
    case 'met':
      return 'govuk-tag govuk-tag--green';
    default:
      return 'govuk-tag govuk-tag--blue';
  }
}
