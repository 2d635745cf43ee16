/**
 * One entered value of a manual measure (a survey result, an inspection-grade share, a figure from the
 * youth justice system or the finance ledger), as the CSV import and the API receive it.
 */
import { z } from 'zod';
import { isIsoDate } from '../../calendar/dates.ts';

const isoDate = z.string().trim().refine(isIsoDate, 'expected a date as YYYY-MM-DD');
const optionalNumber = z.preprocess(
  (value) => (value === '' || value === null || value === undefined ? null : value),
  z.coerce.number().refine(Number.isFinite, 'expected a number').nullable(),
);

export const MeasureValueInput = z
  .object({
    indicator_id: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a catalogue id such as survey-satisfaction'),
    period_from: isoDate,
    period_to: isoDate,
    level_kind: z.preprocess(
      (value) => (value === '' || value == null ? 'council' : value),
      z.enum(['council', 'locality', 'team', 'worker']),
    ),
    level_id: z.preprocess((value) => (value == null ? '' : value), z.string().trim()),
    value: z.coerce.number().refine(Number.isFinite, 'expected a number'),
    numerator: optionalNumber,
    denominator: optionalNumber,
    note: z.preprocess((value) => (value === '' || value == null ? null : value), z.string().nullable()),
  })
  .superRefine((row, context) => {
    if (row.period_to < row.period_from)
      context.addIssue({ code: 'custom', path: ['period_to'], message: 'is before period_from' });
    if ((row.level_kind === 'council') !== (row.level_id === '')) {
      context.addIssue({
        code: 'custom',
        path: ['level_id'],
        message: 'must be empty for the council and given for a locality, team or worker',
      });
    }
    if (row.denominator === 0) context.addIssue({ code: 'custom', path: ['denominator'], message: 'must not be zero' });
    if ((row.numerator === null) !== (row.denominator === null)) {
      context.addIssue({
        code: 'custom',
        path: ['numerator'],
        message: 'numerator and denominator go together: give both or neither',
      });
    }
  });

export type MeasureValueInput = z.infer<typeof MeasureValueInput>;
