/**
 * The shape of one SSDA903 validation rule (see ../../rules/define-rule.ts for the one module form).
 * A rule is data (code, DfE message, fields, years) plus a pure check over the whole return, so the same
 * module runs on a council's file, on our own export and on one child's records at the point of entry.
 * `validate` returns the rows that break the rule: `row` is the index in `data.current[table]`; rows of
 * last year's return are reported with the table name suffixed `_last` (e.g. 'Header_last').
 */
import type { FlaggedRow } from '../../findings.ts';
import type { Rule } from '../../rules/define-rule.ts';
import type { Dataset903, Table903 } from '../dataset.ts';

export type Rule903 = Rule<Dataset903, Table903, FlaggedRow>;

/**
 * The first collection year we model: the 2022-23 rule set (year of 31 March 2023). Rules older than
 * that carry this as `years.from` because we have not checked when DfE introduced them.
 */
export const FIRST_MODELLED_YEAR = 2023;
