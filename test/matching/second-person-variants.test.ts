/**
 * matching/name-variants.ts (engine 1.47.0): C/O "care of" and W/O "wife of" part a name line into
 * two people, each screened as a name of its own; R/O "resident of" and the address after it are
 * dropped; before S/O or "son of" the own name is read alone as well as with the father's. Up to
 * 1.46.0 the slashed letters were initials and the second person's words extra words of the first:
 * "Zainab Bibi C/O Hafiz Muhammad Saeed" scored 0.49 on QDi.263 (HAFIZ MUHAMMAD SAEED), "Rukhsana
 * Bibi W/O Mohammed Masood Azhar Alvi" 0.61 on QDi.422, and "Hafiz Muhammad Saeed S/O Kamal ud Din
 * R/O Johar Town Lahore" found no one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameVariants } from '../../src/matching/name-variants.js';
import { q, unEngine } from './helpers.js';

describe('a second person, an address and a father in a name line', () => {
  it('parts C/O and W/O into two names, spaced or not, and "wife of" written out', () => {
    assert.deepEqual(nameVariants('Fatima Bibi W/O Abdul Haq'), ['Fatima Bibi', 'Abdul Haq']);
    assert.deepEqual(nameVariants('Ahmad Ali c/o Hassan Traders'), ['Ahmad Ali', 'Hassan Traders']);
    assert.deepEqual(nameVariants('Ali C / O Hassan'), ['Ali', 'Hassan']);
    assert.deepEqual(nameVariants('Fatima wife of Ahmed Khan'), ['Fatima', 'Ahmed Khan']);
    assert.deepEqual(nameVariants('c/o Ahmad Ali'), ['Ahmad Ali']);
  });

  it('drops R/O and the address after it, and reads the own name before S/O alone too', () => {
    assert.deepEqual(nameVariants('Abdul Haq S/O Anwar Khan R/O Mohalla Qazi Khel, Peshawar'), ['Abdul Haq S/O Anwar Khan', 'Abdul Haq']);
    assert.deepEqual(nameVariants('Fatima daughter of Ahmad'), ['Fatima daughter of Ahmad', 'Fatima']);
  });

  it('leaves names with "of" or a slash of another kind as they are', () => {
    for (const name of ['Society for the Care of Orphans', 'Islamic State of Iraq', 'Lord’s Resistance Movement/Army', 'Korea Ryenha Machinery J/V Corporation', 'Son Of', 'COMO Trading']) {
      assert.deepEqual(nameVariants(name), [name], name);
    }
  });

  it('finds the listed person on either side of C/O or W/O, and before S/O with an address', async () => {
    const engine = await unEngine();
    for (const [name, ref] of [
      ['Zainab Bibi C/O Hafiz Muhammad Saeed', 'QDi.263'],
      ['Rukhsana Bibi W/O Mohammed Masood Azhar Alvi', 'QDi.422'],
      ['Amir Muhammad Said Abdal-Rahman al-Salbi c/o Rahman Traders', 'QDi.426'],
      ['Hafiz Muhammad Saeed S/O Kamal ud Din R/O Johar Town Lahore', 'QDi.263'],
    ] as const) {
      const hit = engine.screen(q({ name }), { limit: 1 })[0];
      assert.equal(hit?.referenceNumber, ref, name);
      assert.ok((hit?.score ?? 0) > 0.9, `${name}: ${hit?.score}`);
    }
  });
});
