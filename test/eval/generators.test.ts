import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { Rng } from '../../eval/lib/prng.js';
import { scriptOf } from '../../eval/lib/script.js';
import { renderArabic } from '../../eval/build/arabic-dictionary.js';
import { CleanCheck } from '../../eval/build/clean-check.js';
import { renderCyrillic, romanise } from '../../eval/build/cyrillic.js';
import { applyNoise, arabicVariant, ORG_OPS, PERSON_OPS } from '../../eval/build/noise.js';
import { buildNegatives } from '../../eval/build/set-negatives.js';
import { nameKeys } from '../../eval/build/skeleton.js';

test('the seeded generator repeats itself exactly and differs by seed', () => {
  const a = new Rng('seed');
  const b = new Rng('seed');
  const c = new Rng('other');
  const sa = Array.from({ length: 50 }, () => a.nextU32());
  assert.deepEqual(sa, Array.from({ length: 50 }, () => b.nextU32()));
  assert.notDeepEqual(sa, Array.from({ length: 50 }, () => c.nextU32()));
  const r = new Rng(7);
  for (let i = 0; i < 1000; i++) {
    const x = r.int(3, 5);
    assert.ok(x >= 3 && x <= 5 && Number.isInteger(x));
  }
});

test('every noise operation changes the name, and typos keep the first letter', () => {
  const rng = new Rng('noise-test');
  const name = 'Mohammed Salahaldin Abd El Halim Zidane';
  for (const op of PERSON_OPS) {
    const out = applyNoise(rng, name, op);
    assert.ok(out !== undefined, op);
    assert.notEqual(out!.toLowerCase(), name.toLowerCase(), op);
  }
  for (let i = 0; i < 200; i++) {
    const out = applyNoise(rng, 'Khalid Mahmoud', 'typo-substitute')!;
    for (const [w, o] of out.split(' ').map((x, k) => [['Khalid', 'Mahmoud'][k]!, x] as const)) assert.equal(o[0], w[0]);
  }
  assert.equal(applyNoise(rng, 'Hamas', 'reorder'), undefined, 'one word cannot be reordered');
  for (const op of ORG_OPS) assert.ok(applyNoise(rng, 'AL-HAMATI SWEETS BAKERIES', op) !== undefined, op);
  const legal = applyNoise(new Rng(1), 'Golden Crescent Trading LLC', 'legal-form')!;
  assert.ok(!/ LLC$/.test(legal), legal);
});

test('Arabic orthographic variants stay Arabic and differ from the input', () => {
  const rng = new Rng('ar');
  for (let i = 0; i < 50; i++) {
    const v = arabicVariant(rng, 'أحمد عبد الرحمن الزهراني');
    assert.ok(v && v !== 'أحمد عبد الرحمن الزهراني');
    assert.equal(scriptOf(v!), 'arabic');
  }
});

test('renderings: Russian-style Cyrillic, romanisation schemes, dictionary Arabic', () => {
  assert.equal(renderCyrillic('Abu Bakr al-Baghdadi'), 'Абу Бакр аль-Багдади');
  assert.equal(romanise('Щербаков', 'bgn'), 'Shcherbakov');
  assert.equal(romanise('Щербаков', 'german'), 'Schtscherbakow');
  assert.equal(romanise('Олександр', 'ukrainian'), 'Oleksandr');
  assert.equal(renderArabic('Ayman al-Zawahiri'), 'أيمن الظواهري');
  // A word missing from the table makes the whole name unrenderable rather than half-invented.
  assert.equal(renderArabic('Ayman Xyzzy'), undefined);
});

test('name keys meet across scripts and spellings', () => {
  const k = nameKeys('Abd al-Rahman al-Qaduli');
  assert.deepEqual(nameKeys('Abdulrahman Qaduli'), k);
  assert.deepEqual(nameKeys('Abdurrahman Qaduli'), k);
  assert.deepEqual(nameKeys('عبد الرحمن القدولي'), k);
  assert.deepEqual(nameKeys('Абдурахман аль-Кадули'), k);
  assert.deepEqual(nameKeys('Usama bin Laden'), nameKeys('أسامة بن لادن'));
});

test('clean check rejects listed names in any script or spelling, keeps unrelated ones', () => {
  const check = new CleanCheck(['Usama bin Laden', 'Abu Bakr al-Baghdadi', 'Hamas']);
  assert.ok(check.conflict('Osama Bin Ladin'));
  assert.ok(check.conflict('أسامة بن لادن'));
  assert.ok(check.conflict('Абу Бакр аль-Багдади'));
  assert.ok(check.conflict('Abu Bakr al-Baghdadi Hassan'), 'one extra word is still nearly equal');
  assert.ok(check.conflict('HAMAS'));
  assert.equal(check.conflict('Khalid Mahmoud Haddad'), undefined);
  assert.equal(check.conflict('Usama Haddad'), undefined, 'a shared given name alone is not the listed name');
});

test('negatives: same seed, same items; none conflicts with the listed names given', () => {
  const listed = ['Usama bin Laden', 'Mohammed Haddad', 'Иван Петров'];
  const check = new CleanCheck(listed);
  const a = buildNegatives(new Rng('neg'), check);
  const b = buildNegatives(new Rng('neg'), check);
  assert.deepEqual(a.items, b.items);
  assert.ok(a.items.length >= 5000);
  assert.ok(a.items.every((i) => i.expected.length === 0 && check.conflict(i.query.name) === undefined));
  for (const s of ['latin', 'arabic', 'cyrillic'] as const) assert.ok(a.items.some((i) => i.script === s && scriptOf(i.query.name) === s), s);
  assert.ok(a.stats.rejectedAsListed > 0, 'the listed names were actually generated and rejected');
});
