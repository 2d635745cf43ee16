/**
 * Rules whose check needs reference data we do not ship.
 * `partial` marks a rule that is registered but only runs when the caller supplies the data; without it
 * the rule flags nothing rather than guess.
 */
export interface NotImplemented {
  code: string;
  reason: string;
  partial?: boolean;
}

export const notImplemented: NotImplemented[] = [
  {
    code: '1008',
    partial: true,
    reason:
      'Needs the Ofsted provider register (URN list). Runs when meta.providerInfo is given; the register ' +
      'is licensed Ofsted data we cannot ship, so without it no URN is checked.',
  },
  {
    code: '411',
    partial: true,
    reason: "Needs the council's own LA code (meta.laCode) to compare with PL_LA; without it nothing is flagged.",
  },
  {
    code: '1015',
    partial: true,
    reason: "Needs the council's own LA code (meta.laCode) to compare with PL_LA; without it nothing is flagged.",
  },
];
