/**
 * Engine 1.125.0: a company's legal form written out in words is read as its abbreviation
 * (matching/written-out-legal-forms.ts): OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU is OOO. Up to
 * 1.124.0 its words weighed as rare names, so on the real OFAC SDN file of 2024-05-03 a counterparty
 * written "AO Proton" scored 0.53 on AKTSIONERNOE OBSHCHESTVO PROTON (no alert), and two firms
 * sharing only the form alerted on each other.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameVariants } from '../../src/matching/name-variants.js';
import { legalFormsAbbreviated } from '../../src/matching/written-out-legal-forms.js';
import { ofac2024Engine, q } from './helpers.js';

test('the forms are read as their abbreviations, in the romanisations and scripts the lists write', () => {
  const cases: [string, string][] = [
    ['OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU VALMA', 'OOO VALMA'],
    ['OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU UKON', 'OOO UKON'],
    ['Obschestvo s ogranichennoi otvetstvennostiu Romashka', 'OOO Romashka'],
    ['AKTSIONERNOYE OBSHCHESTVO 30 SUDOREMONTNYY ZAVOD', 'JSC 30 SUDOREMONTNYY ZAVOD'],
    ['ZAKRYTOE AKTSIONERNOE OBSHCHESTVO KRON', 'ZAO KRON'],
    ['PUBLICHNOE AKTSIONERNOE OBSHCHESTVO SBERBANK', 'PJSC SBERBANK'],
    ['Общество с ограниченной ответственностью Валма', 'ООО Валма'],
    ['Публичное акционерное общество Сбербанк', 'ПАО Сбербанк'],
    ['Товариство з обмеженою відповідальністю Хвиля', 'ТОВ Хвиля'],
    ['CLOSED JOINT-STOCK COMPANY NEW OIL COMPANY', 'CJSC NEW OIL COMPANY'],
    ['LIMITED LIABILITY COMPANY KEY INFORMATION SYSTEMS', 'LLC KEY INFORMATION SYSTEMS'],
    ['KHADIJA SHIP MANAGEMENT PRIVATE LIMITED', 'KHADIJA SHIP MANAGEMENT PVT LTD'],
    ['AUTO PARTES HANDAL S. DE R.L. DE C.V.', 'AUTO PARTES HANDAL SRL'],
    ['CONSTRUCTORA VANIA, S.A. DE C.V.', 'CONSTRUCTORA VANIA, S.A.'],
    ['ADOON GENERAL TRADING GIDA SANAYI VE TICARET ANONIM SIRKETI', 'ADOON GENERAL TRADING GIDA SANAYI VE TICARET AS'],
    // 1.126.0: the Russian state bodies' forms as the lists translate them.
    ['FEDERAL STATE UNITARY ENTERPRISE STATE RESEARCH AND PRODUCTION ENTERPRISE BAZALT', 'FGUP STATE RESEARCH AND PRODUCTION ENTERPRISE BAZALT'],
    ['FEDERAL STATE BUDGETARY INSTITUTION MARINE RESCUE SERVICE', 'FGBU MARINE RESCUE SERVICE'],
    ['STATE UNITARY ENTERPRISE KRYMTORG', 'GUP KRYMTORG'],
  ];
  for (const [written, read] of cases) assert.equal(legalFormsAbbreviated(written), read, written);
  // Names holding no such form are left as they are, and a name is read with the abbreviation only.
  for (const name of ['Abu Bakr al-Baghdadi', 'Stock Exchange of Karachi', 'Joint Venture Company']) assert.equal(legalFormsAbbreviated(name), name);
  assert.deepEqual(nameVariants('AKTSIONERNOE OBSHCHESTVO PROTON'), ['JSC PROTON']);
});

test('on the OFAC list a firm written with its abbreviated form, or none, meets the listed full form', async () => {
  const engine = await ofac2024Engine();
  for (const [query, caption] of [
    ['AO Proton', 'AKTSIONERNOE OBSHCHESTVO PROTON'],
    ['Proton JSC', 'AKTSIONERNOE OBSHCHESTVO PROTON'],
    ['Valma LLC', 'OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU VALMA'],
    ['ООО Валма', 'OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU VALMA'],
    ['Navis Elektronika', 'AKTSIONERNOE OBSHCHESTVO NAVIS ELEKTRONIKA'],
    ['FGUP Rosoboronexport', 'ROSOBORONEKSPORT OAO'], // 0.518 up to 1.125.0
  ] as const) {
    const [top] = engine.screen(q({ schema: 'Company', name: query }), { limit: 1, threshold: 0.3 });
    assert.equal(top?.caption, caption, query);
    assert.ok((top?.score ?? 0) >= engine.defaultThreshold, `${query}: ${top?.score}`);
  }
});

test('two firms that share only their legal form written out no longer alert on each other', async () => {
  const engine = await ofac2024Engine();
  for (const [query, other] of [
    ['OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU UKON', 'OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU VALMA'],
    ['AKTSIONERNOE OBSHCHESTVO PROTON', 'AKTSIONERNOE OBSHCHESTVO PLUTON'],
    ['AKTSIONERNOYE OBSHCHESTVO 30 SUDOREMONTNYY ZAVOD', 'AKTSIONERNOYE OBSHCHESTVO 179 SUDOREMONTNYY ZAVOD'],
    // 1.126.0: two institutes that shared their form and "named after" (0.66 up to 1.125.0), and two
    // Turkish traders that shared their words for import, export and foreign trade (0.64).
    [
      'FEDERAL STATE FINANCED INSTITUTION OF SCIENCE PHYSICAL HIGHER EDUCATION INSTITUTION NAMED AFTER P. N. LEBEDEVA OF THE RUSSIAN FEDERATION ACADEMY SCIENCES',
      'FEDERAL STATE FINANCED INSTITUTION OF SCIENCE PHYSICS AND TECHNOLOGY INSTITUTE NAMED AFTER A. F. IOFFE OF THE RUSSIAN FEDERATION ACADEMY OF SCIENCES',
    ],
    ['ALPHA IMPEX ITHALAT VE IHRACAT DIS TICARET LIMITED SIRKETI', 'VANESSA IMEX GROUP ITHALAT IHRACAT VE DIS TICARET LIMITED SIRKETI'],
  ] as const) {
    const m = engine.screen(q({ schema: 'Company', name: query }), { limit: 10, threshold: 0.3 }).find((x) => x.caption === other);
    assert.ok((m?.score ?? 0) < engine.defaultThreshold, `${query} on ${other}: ${m?.score}`);
  }
});
