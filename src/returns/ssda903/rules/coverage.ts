/**
 * The coverage statements (docs/RULES.md) shared by families of rules that need the same data a
 * council's 903 file does not hold.
 */
import type { Coverage } from '../../rules/define-rule.ts';

/** Rules on PL_DISTANCE: 164, 392a, 406, 453, 454, 503G. */
export const NEEDS_PLACEMENT_DISTANCE: Coverage = {
  notPossible:
    'Reads PL_DISTANCE, which the DfE derives from the grid references of the home and placement postcodes. The ONS ' +
    "data Kestrel may ship has eastings but no northings, so the distance cannot be derived from a council's file: the " +
    "rule runs only on a return that carries PL_DISTANCE (the DfE's own extract).",
};

/** Rules on the Ofsted provider register: 219, 221, 224, 227, 228, 229, 241, 1008. */
export const NEEDS_OFSTED_REGISTER: Coverage = {
  notPossible:
    'Needs the Ofsted provider register (URN, type, provider, postcode and registration dates), licensed data Kestrel ' +
    "cannot ship: the rule runs only when the register is supplied to the library (meta.providerInfo); from a council's " +
    'file nothing is checked.',
};
