/**
 * DfE rule 229: PR1 (own LA) means the provider's LA is the council's own; PR2 (other LA) means it is
 * not. The provider's LA is inferred from its postcode, so some mismatches are false alarms. From
 * 2025-26 placement types whose provider is not LA-specific (K3, P1, P3, R1, R2, R5, T0-T4, Z11-Z14)
 * are not checked.
 */
import type { RuleInfo } from '../../../findings.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { providerDisagrees } from '../provider-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { NEEDS_OFSTED_REGISTER } from '../coverage.ts';

const NOT_CHECKED_FROM_2026 = [
  'K3',
  'P1',
  'P3',
  'R1',
  'R2',
  'R5',
  'T0',
  'T1',
  'T2',
  'T3',
  'T4',
  'Z11',
  'Z12',
  'Z13',
  'Z14',
];

function version(years: RuleInfo['years'], notChecked: string[]): Rule903 {
  return defineRule({
    code: '229',
    coverage: NEEDS_OFSTED_REGISTER,
    message:
      'Placement provider does not match between the placing authority and the local authority code of the provider. ' +
      "[NOTE: The provider's LA code is inferred from the its postcode, and may be inaccurate in some cases.]",
    affectedFields: ['URN', 'PLACE_PROVIDER'],
    tables: ['Episodes'],
    years,
    validate: providerDisagrees((episode, provider, data) => {
      if (inCodes(val(episode, 'PLACE'), notChecked)) return false;
      const ownLa = data.meta.laCode;
      const providerLa = val(provider, 'LA_CODE_INFERRED');
      const placeProvider = val(episode, 'PLACE_PROVIDER');
      return (placeProvider === 'PR1' && providerLa !== ownLa) || (placeProvider === 'PR2' && providerLa === ownLa);
    }),
  });
}

export const rule229Until2025: Rule903 = version({ from: FIRST_MODELLED_YEAR, to: 2025 }, []);
export const rule229From2026: Rule903 = version({ from: 2026 }, NOT_CHECKED_FROM_2026);

export const ruleVersions: Rule903[] = [rule229Until2025, rule229From2026];
