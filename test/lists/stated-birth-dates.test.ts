import assert from 'node:assert/strict';
import { test } from 'node:test';
import { birthDateKnown, statedBirthDates } from '../../src/lists/stated-birth-dates.js';

const dates = (text: string) => statedBirthDates(text, 'a note').map((d) => d.date);

test('birth dates as UN alias notes write them: years stay years, days are read whole', () => {
  assert.deepEqual(dates('Passport number: B0515260; DOB: 1948; POB: Anefif (Kidal), Mali; Date of issue: 10 Jan 2012'), ['1948']);
  assert.deepEqual(dates('(DPOB - 1977) - Passport No. 284173, expires 21 August 2005 (Iraq)'), ['1977']);
  assert.deepEqual(dates('son of Haji Hazrat Gul, born in 1955, passport number TR024417 issued 20 Dec. 2003'), ['1955']);
  assert.deepEqual(dates('born 16 Dec. 1948, in Izo South Sudan'), ['1948-12-16']);
  assert.deepEqual(dates('DOB: a) 11 Apr. 1960 b) 11 Apr. 1963. POB: Egypt. Nationality: Egypt'), ['1960-04-11', '1963-04-11']);
  assert.deepEqual(dates('Date of birth: 3 September 1971'), ['1971-09-03']);
  assert.deepEqual(dates('DOB: Mar. 1975'), ['1975-03']);
});

test('a date is read only right after what names it, and only when it is a date', () => {
  // An issue or expiry date is not a birth date; nor is a number that is not a year.
  assert.deepEqual(dates('Passport No. 284158, expires 21 August 2005 (Iraq)'), []);
  assert.deepEqual(dates('DOB: 19701'), []);
  assert.deepEqual(dates('DOB: unknown, seen in 1999'), []);
  assert.deepEqual(dates('DOB: 31 Feb. 1970'), []);
  assert.deepEqual(dates('DOB: 12 Foo 1970'), []);
  assert.deepEqual(dates('firstborn 1970'), []);
  // One date said twice is one date.
  assert.deepEqual(dates('DOB: 1970; born in 1970'), ['1970']);
});

test('each stated date says where it was read', () => {
  assert.deepEqual(statedBirthDates('in Baghdad, Iraq (DPOB - 1970) - Passport No. 284158', 'the note of alias "Ali Thafir Abdallah"'), [
    { kind: 'exact', date: '1970', note: 'stated in the note of alias "Ali Thafir Abdallah": "DPOB - 1970"' },
  ]);
});

test('a stated date the record already gives, as precisely or more, adds nothing', () => {
  const year = { kind: 'exact' as const, date: '1970' };
  assert.ok(birthDateKnown(year, [{ kind: 'exact', date: '1970-05-15' }]));
  assert.ok(birthDateKnown(year, [{ kind: 'approximately', date: '1970' }]));
  assert.ok(!birthDateKnown(year, [{ kind: 'exact', date: '1971' }]));
  // A day within a year the record gives is more than the record says.
  assert.ok(!birthDateKnown({ kind: 'exact', date: '1970-05-15' }, [{ kind: 'exact', date: '1970' }]));
  assert.ok(!birthDateKnown(year, [{ kind: 'between', from: '1968', to: '1972' }]));
});
