import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testBackends } from '../../store/testing.ts';
import {
  buildCareLeaver,
  buildCareLeaverContact,
  buildCarePeriodWithEpisodes,
  buildChild,
  buildCouncil,
} from '../../records/factories.ts';
import { evaluateOne, subjects } from '../testing.ts';
import { careLeavers, careLeaversAccommodation, careLeaversEet } from './care-leavers.ts';

const AT = '2025-03-31';
const FY = { at: AT, period: 'fy' }; // birthdays 2024-04-01 .. 2025-03-31

for (const backend of testBackends()) {
  describe(`care leavers on ${backend.name}`, () => {
    test('EET and suitable accommodation around birthdays, with the DfE exclusions', async () => {
      const db = await backend.open();
      try {
        await buildCouncil(db);
        const leaver = async (
          id: string,
          date_of_birth: string,
          contact: Parameters<typeof buildCareLeaverContact>[1] | null,
          extra: Parameters<typeof buildChild>[1] = {},
          eligibility = 'former_relevant',
        ) => {
          await buildChild(db, { id, date_of_birth, ...extra });
          await buildCareLeaver(db, { child_id: id, eligibility });
          if (contact) await buildCareLeaverContact(db, { child_id: id, ...contact });
        };
        // CL1: 19 on 2024-04-01 (first day); in touch, in education (F2), with parents, suitable (B1).
        await leaver('CL1', '2005-04-01', {
          birthday_age: 19,
          contact_date: '2024-04-01',
          activity: 'F2',
          accommodation: 'B1',
        });
        // CL2: 22 on 2024-03-31, outside the ages and the window.
        await leaver('CL2', '2002-03-31', {
          birthday_age: 21,
          contact_date: '2023-03-31',
          activity: 'F2',
          accommodation: 'B1',
        });
        // CL3: 20 on 2024-10-10, not in touch, nothing known: stays in both denominators.
        await leaver('CL3', '2004-10-10', {
          birthday_age: 20,
          contact_date: '2024-10-12',
          in_touch: 'NO',
          activity: null,
          accommodation: null,
        });
        // CL4: returned home: excluded.
        await leaver('CL4', '2004-06-01', {
          birthday_age: 20,
          contact_date: '2024-06-01',
          in_touch: 'RHOM',
          activity: 'F1',
          accommodation: 'B1',
        });
        // CL5: in training (F5) but abroad (G1): EET yes; left out of accommodation.
        await leaver('CL5', '2004-06-01', {
          birthday_age: 20,
          contact_date: '2024-06-01',
          activity: 'F5',
          accommodation: 'G1',
        });
        // CL6: died before the birthday: excluded.
        await leaver('CL6', '2004-06-01', null, { death_date: '2024-01-01' });
        // CL7: care taken over by another council (E3): excluded.
        await leaver('CL7', '2004-06-01', {
          birthday_age: 20,
          contact_date: '2024-06-01',
          activity: 'F1',
          accommodation: 'B1',
        });
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'CL7',
          episodes: [{ start: '2019-01-01' }],
          end: '2021-01-01',
          reason_ceased: 'E3',
        });
        // CL8: short breaks only: excluded.
        await leaver('CL8', '2004-06-01', {
          birthday_age: 20,
          contact_date: '2024-06-01',
          activity: 'F1',
          accommodation: 'B1',
        });
        await buildCarePeriodWithEpisodes(db, {
          child_id: 'CL8',
          episodes: [{ start: '2019-01-01', legal_status: 'V4' }],
          end: '2019-01-05',
        });
        // CL9: a qualifying care leaver is not in the OC3 cohort.
        await leaver(
          'CL9',
          '2004-06-01',
          { birthday_age: 20, contact_date: '2024-06-01', activity: 'F1', accommodation: 'B1' },
          {},
          'qualifying',
        );
        // CL10: NEET (G5), no fixed abode (S2): in both denominators, neither numerator.
        await leaver('CL10', '2004-06-01', {
          birthday_age: 20,
          contact_date: '2024-06-01',
          activity: 'G5',
          accommodation: 'S2',
        });
        // CL11: 19 on 2025-04-01, the day after; 18 on 2024-04-01, in the window for ages 17-18 (F1, B1).
        await leaver('CL11', '2006-04-01', {
          birthday_age: 18,
          contact_date: '2024-04-01',
          activity: 'F1',
          accommodation: 'B1',
        });

        // EET 19-21: cohort CL1, CL3, CL5, CL10 (CL4, CL6, CL7, CL8 excluded) -> CL1, CL5: 2 / 4.
        const eet = await evaluateOne(db, careLeaversEet, FY);
        assert.deepEqual(subjects(eet), { numerator: ['CL1', 'CL5'], denominator: ['CL1', 'CL10', 'CL3', 'CL5'] });
        assert.deepEqual([eet.value, eet.excluded], [50, 4]);
        // Suitable accommodation 19-21: CL5 also left out (abroad) -> CL1 of CL1, CL3, CL10.
        const accommodation = await evaluateOne(db, careLeaversAccommodation, FY);
        assert.deepEqual(subjects(accommodation), { numerator: ['CL1'], denominator: ['CL1', 'CL10', 'CL3'] });
        assert.equal(accommodation.excluded, 5);
        // Ages 17-18: CL11 only.
        const young = await evaluateOne(db, careLeaversEet, { ...FY, params: { ages: '17-18' } });
        assert.deepEqual(subjects(young), { numerator: ['CL11'], denominator: ['CL11'] });

        // Receiving a service at the date: all but CL6 (died); CL12's service ended on the date.
        await buildChild(db, { id: 'CL12', date_of_birth: '2003-01-01' });
        await buildCareLeaver(db, { child_id: 'CL12', services_ended: AT });
        const receiving = await evaluateOne(db, careLeavers, { at: AT });
        assert.equal(receiving.value, 10);
      } finally {
        await db.close();
      }
    });
  });
}
