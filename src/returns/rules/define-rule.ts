/**
 * One way to write a validation rule, for the SSDA903 and CIN census returns alike: a module states
 * the DfE rule's identity (code, message, fields, tables, collection years) and a pure `validate` over
 * the return, and `defineRule` adds the severity the DfE convention gives the code.
 *
 *   export const rule: Rule903 = defineRule({ code: '435', message, affectedFields, tables, years, validate(data) {...} });
 *
 * The annotation (Rule903 or RuleCin) fixes the dataset type, so `validate(data)` needs none. Where the
 * DfE changed a rule between years, the module exports each version by name (`rule101From2025`) and lists
 * them in `ruleVersions`, one rule per span of years. A family of rules that is one idea with a different
 * field gets its `validate` from a small builder (e.g. `beforeReferralDate('Section47', 'DateOfInitialCPC')`).
 */
import { severityOf, type FlaggedRow, type RuleInfo } from '../findings.ts';

/**
 * How much of the DfE rule our check covers, shown in docs/RULES.md. 'full' (the default) checks all the
 * rule asks; `partial` names the part that is not checked and why; `notPossible` says why the rule
 * cannot be checked on a council's file (it may still run when the data it needs is given).
 */
export type Coverage = 'full' | { partial: string } | { notPossible: string };

/** What a rule module writes: everything but the severity, which follows from the code. */
export interface RuleDefinition<Data, Table extends string, Flag extends FlaggedRow>
  extends Omit<RuleInfo, 'severity'> {
  /** Tables of the return the rule reads. */
  tables: Table[];
  /**
   * 'record' rules (the default) flag the rows at fault. 'return' rules (CIN 2883, 2886Q, 2887Q, 2888Q)
   * judge the return as a whole: any flag means the return is flagged, and the flags are the rows that led to it.
   */
  scope?: 'record' | 'return';
  /** How much of the DfE rule the check covers; 'full' when not given. */
  coverage?: Coverage;
  /** The rows (or cells) that break the rule. */
  validate(data: Data): Flag[];
}

export interface Rule<Data, Table extends string, Flag extends FlaggedRow>
  extends RuleDefinition<Data, Table, Flag>,
    RuleInfo {}

/** A module of rules: one rule, or one rule per span of collection years. */
export type RuleModule<R> = { rule: R } | { ruleVersions: R[] };

/** Builds a rule, taking severity from the code by the DfE convention (a trailing Q is a query). */
export function defineRule<Data, Table extends string, Flag extends FlaggedRow>(
  definition: RuleDefinition<Data, Table, Flag>,
): Rule<Data, Table, Flag> {
  return { ...definition, severity: severityOf(definition.code) };
}

/** The rules of a list of modules, every version. */
export function rulesOfModules<R>(modules: RuleModule<R>[]): R[] {
  return modules.flatMap((module) => ('rule' in module ? [module.rule] : module.ruleVersions));
}

/** True when the rule is in force for the collection ending 31 March `year` (2025 = 2024-25). */
export function appliesIn(rule: Pick<RuleInfo, 'years'>, year: number): boolean {
  return rule.years.from <= year && (rule.years.to === undefined || year <= rule.years.to);
}

/** The rule's coverage, 'full' unless the module says otherwise. */
export function coverageOf(rule: { coverage?: Coverage | undefined }): Coverage {
  return rule.coverage ?? 'full';
}
