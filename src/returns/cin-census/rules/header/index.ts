/** The CIN census rules on the Header (the census reference date), one module per DfE rule code. */
import type { RuleModule } from '../../../rules/define-rule.ts';
import type { RuleCin } from '../rule.ts';
import * as r100 from './rule-100.ts';

export const headerRules: RuleModule<RuleCin>[] = [r100];
