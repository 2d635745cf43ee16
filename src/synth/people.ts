/** New children and families: names (faker en_GB), dates of birth, ethnicity, UPNs and home postcodes. */
import { iso, OPEN, type Kid } from './model.ts';
import type { SimContext } from './context.ts';
import { makeUpn } from './identity.ts';
import { homePostcode } from './postcodes.ts';
import { yearOf } from './dates.ts';

/** England's children in need by ethnicity, roughly (CIN census): most common first. */
const ETHNICITY: [string, number][] = [
  ['WBRI', 64],
  ['WOTH', 6],
  ['MWBC', 3],
  ['MWBA', 1.5],
  ['MWAS', 1.5],
  ['MOTH', 3],
  ['AIND', 1],
  ['APKN', 3],
  ['ABAN', 1],
  ['AOTH', 1.5],
  ['BCRB', 1],
  ['BAFR', 3.5],
  ['BOTH', 1],
  ['CHNE', 0.2],
  ['OOTH', 2.5],
  ['WIRI', 0.3],
  ['WIRT', 0.2],
  ['WROM', 1],
  ['REFU', 0.3],
  ['NOBT', 1.5],
];
const UASC_ETHNICITY: [string, number][] = [
  ['BAFR', 35],
  ['OOTH', 30],
  ['AOTH', 25],
  ['WOTH', 10],
];
const DISABILITIES = ['AUT', 'LD', 'COMM', 'BEH', 'MOB', 'HAND', 'PC', 'INC', 'HEAR', 'VIS', 'CON', 'DDA'];

export interface NewKidOptions {
  birth: number;
  family?: { id: string; familyName: string; postcode: string; ethnicity: string };
  uasc?: boolean;
  disabled?: boolean;
  /** First known before birth: record the expected date of birth. */
  unborn?: boolean;
}

export function newFamilyId(ctx: SimContext): string {
  ctx.nextFamilyNo += 1;
  return `F${String(ctx.nextFamilyNo).padStart(7, '0')}`;
}

/** A new child; the child row itself is written when the child is kept (see finishKid). */
export function newKid(ctx: SimContext, options: NewKidOptions): Kid {
  const { random, faker } = ctx;
  ctx.nextChildNo += 1;
  const sex = random.chance(0.52) ? 'M' : 'F';
  const uasc = options.uasc ?? false;
  const family = options.family ?? {
    id: newFamilyId(ctx),
    familyName: faker.person.lastName(),
    postcode: homePostcode(random, ctx.postcodes),
    ethnicity: random.weighted(uasc ? UASC_ETHNICITY : ETHNICITY),
  };
  const disabled = options.disabled ?? random.chance(0.08);
  const disabilities = disabled
    ? [random.pick(DISABILITIES), ...(random.chance(0.3) ? [random.pick(DISABILITIES)] : [])]
    : ['NONE'];
  const kid: Kid = {
    // At most 10 characters: the 903 XML schema's CHILDID and the CIN census's LAchildID allow no more.
    id: `${ctx.laCode}${String(ctx.nextChildNo).padStart(7, '0')}`,
    familyId: family.id,
    birth: options.birth,
    ...(options.unborn ? { expected: options.birth + random.int(-14, 14) } : {}),
    sex,
    ethnicity: family.ethnicity,
    disabilities: [...new Set(disabilities)].sort(), // a set, in code order as an import stores it
    givenName: faker.person.firstName(sex === 'M' ? 'male' : 'female'),
    familyName: uasc ? faker.person.lastName() : family.familyName,
    postcode: family.postcode,
    uasc,
    busyUntil: -OPEN,
    lastReferral: -OPEN,
    cpPlans: 0,
    cpPlansElsewhere: 0,
    carePeriods: 0,
    lastCareEnd: -OPEN,
    lastActivity: -OPEN,
    siblings: [],
    rows: [],
    needs: [],
    seq: 0,
  };
  return kid;
}

/** A sibling of `kid`, born `gapDays` before or after. */
export function newSibling(ctx: SimContext, kid: Kid, birth: number): Kid {
  const sibling = newKid(ctx, {
    birth,
    family: { id: kid.familyId, familyName: kid.familyName, postcode: kid.postcode, ethnicity: kid.ethnicity },
  });
  for (const other of kid.siblings) {
    other.siblings.push(sibling);
    sibling.siblings.push(other);
  }
  kid.siblings.push(sibling);
  sibling.siblings.push(kid);
  return sibling;
}

/**
 * The child row, written once the simulation is over: the date of birth only if born by the reference
 * date (an unborn child has sex U and only an expected date), a UPN for school-age children (with the
 * DfE check letter), or the reason it is unknown.
 */
export function childRow(ctx: SimContext, kid: Kid): Record<string, string | boolean | null | string[]> {
  const { random } = ctx;
  const born = kid.birth <= ctx.end;
  const ageAtEnd = (Math.min(ctx.end, kid.lastActivity) - kid.birth) / 365.25;
  let upn: string | null = null;
  let upnUnknown: string | null = null;
  if (!born || ageAtEnd < 4.5) upnUnknown = 'UN1';
  else if (random.chance(0.06)) upnUnknown = random.pick(['UN2', 'UN3', 'UN5']); // UN6 is not a 903 code (rule 168);
  if (born && upnUnknown === null) {
    const allocated = yearOf(kid.birth + 4 * 365 + random.int(0, 500));
    upn = makeUpn(random, ctx.recognisedLaCode, allocated);
  }
  return {
    id: kid.id,
    upn,
    former_upn: null,
    upn_unknown: upnUnknown,
    given_name: born ? kid.givenName : null,
    family_name: kid.familyName,
    date_of_birth: born ? iso(kid.birth) : null,
    expected_date_of_birth: kid.expected !== undefined ? iso(kid.expected) : null,
    sex: born ? kid.sex : 'U',
    ethnicity: born ? kid.ethnicity : 'NOBT',
    disabilities: kid.disabilities,
    death_date: kid.diedOn !== undefined && kid.diedOn <= ctx.end ? iso(kid.diedOn) : null,
    family_id: kid.familyId,
    home_postcode: kid.postcode,
    uasc: kid.uasc,
    uasc_ceased: kid.uascCeased !== undefined && kid.uascCeased <= ctx.end ? iso(kid.uascCeased) : null,
    mother_of_child: kid.motherOfChild ?? null,
    first_child_birth:
      kid.firstChildBirth !== undefined && kid.firstChildBirth <= ctx.end ? iso(kid.firstChildBirth) : null,
  };
}
