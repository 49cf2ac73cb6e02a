/**
 * Name analysis gives, for ~69,000 real and random names, exactly what it gave before the speed work
 * of session 8: every field of analyseName and prepareName, the population weights and the retrieval
 * keys (test/names/analysis-snapshot.ts; the digest was generated from acd4f7c with the command
 * written there, then regenerated from the merged tree of session 8, whose tokens carry five more
 * fields (the similarity lists' letter masks: foldedTriples, writtenTriples, altLetters, altRepeats,
 * altTriples), once the DUMP records of both trees, those five fields removed, were identical for all
 * 69,366 names; then regenerated in session 9, whose tokens carry none of the nine letter-mask fields
 * (they moved to form-shape.ts arrays), once the DUMP records of 88feca5, those nine fields removed,
 * were identical to this tree's for all 69,366 names; then regenerated in session 12 (engine 1.10.0,
 * no phonetic deletion keys), once the DUMP records of bd76e75 and this tree, every p: key removed
 * from both, were identical for all 69,366 names; then regenerated in session 13 (engine 1.11.0,
 * positional keys for skeletons of one or two consonants, session 13 h1), once the DUMP records of
 * b69cb50 and h1's tree, every k: and d: key removed from both, were identical for all 69,366 names
 * and the only k: keys that went were one-consonant ones, none added; and (session 13 h5, the same
 * engine) Abdallah typed with a slip, names/slipped-allah.ts, and the article's hyphen typed early
 * after an Abd: the DUMP records of b69cb50 and h5's tree differed in exactly the 29 names those two
 * rules change: 27 where a token is read as Abdallah (11 real or bench names, as Abubakar Abdilkah
 * and Abd El Ilkah, and 16 random strings with abdulsh, abdulzh, abdulkh, allahb) and 2 read as Abd
 * + article + name (Muhammad Abd-a-lKarim, Abd-a-lKhaliq al-Huthi); the merged tree's records were
 * checked against both; then regenerated in session 18 (engine 1.13.0, a standalone "il" no longer read
 * as the article), once the DUMP records of 4207497 and this tree differed in exactly the 36 names
 * holding such an "il": 29 Korean names (Pak Il Kyu, Cho Il U, Chae-Il Ri, Il Hyon Gwang and their
 * Cyrillic spellings, whose Ил romanises to il), 3 Italian (F'raji il Libico twice, Djamel il Marocchino)
 * and 4 random strings; then regenerated in session 19 (engine 1.14.0, an Abd compound run onto the
 * name before it is cut before its Abd, arabic.ts mergedAbdAt), once the DUMP records of 277584d and
 * this tree differed in exactly 169 names, every one holding such a word: 33 of letters and
 * punctuation only (HANIABD-AL-LATIF TILFAH AL-TIKRITI, MUHAMMAD JIBRILABDUL RAHMAN, Tarwat
 * Salahabdallah, from the eval sets and bench queries, and a few random ones such as SHEIKHabd qari)
 * and 136 random strings; then regenerated in session 31 (engine 1.96.0, West African names weigh
 * as common ones, names/common-names.ts spellingCommonness), once the DUMP records of 42874fa and this
 * tree differed in exactly 760 names, each holding a word whose fold is one of those names' (MAMADU
 * TURE, Amadou Barry, RAMATOULAYE KEITA, their Cyrillic spellings, generated and random names);
 * then regenerated in session 32 (engine 1.97.0, Cyrillic stems of union, party, network, armed,
 * fighting, revival, heritage and of place adjectives in names/org-words.ts), once the DUMP records
 * of 316127f and this tree differed in exactly 16 names, each a Russian company name holding Союз
 * (ООО «Западный Союз», ЗАО Центральный Союз Corp.), whose token now carries the alternative form union;
 * then regenerated for engine 1.98.0 (matching/name-annotations.ts cuts the UN's labels original
 * script, birth name, sub-unit name and a parenthesised generation; name-variants.ts reads a title
 * in parentheses in its place), once the DUMP records of d034e11 and this tree differed in exactly
 * the names those labels and "(Sheikh) Musa Hilal" make: 14 records gone (the labelled forms, "Sheikh"),
 * 10 in their place (the names without their labels, "Sheikh  Musa Hilal"), none other; then
 * regenerated for engine 1.101.0 (names/normalise.ts withoutConjunctionY: the Spanish and Filipino
 * y between two words is dropped), once the DUMP records of c92abf3 and this tree differed in
 * exactly 52 names, each holding a y standing alone between two words (SALIM Y SALAMUDDIN
 * JULKIPLI, Angelo TRINIDAD Y RAMIREZ, random strings); then regenerated for engine 1.103.0
 * (name-annotations.ts cuts a label only in parentheses, and combat name too), once the DUMP records
 * of 07e12e3 and this tree differed in exactly two: the variant "COMBAT NAME" gone, and an eval
 * item whose parentheses a reorder broke ("Мухамадмухтар) Muhamadmuhtar (original script:") keeps
 * its label words; then regenerated in session 33 for engine 1.105.0 (names/org-words.ts: the
 * Arabic, Urdu and Persian words of listed groups' names as transliterated, Jaysh, Harakat, Tehrik,
 * Wilayat ..., carry their English word as the alternative form), once the DUMP records of a04957b
 * and this tree differed in exactly 331 names, each holding one of those 68 spellings as a token
 * (HARAKAT UL-MUJAHIDIN, JAISH-I-MOHAMMED, Imam Darul Tauhid); then regenerated for engine
 * 1.106.0 (names/normalise.ts withoutIzafat: the e or i hyphened between two words is dropped), once
 * the DUMP records of 00f868f and this tree differed in exactly 65 names, each holding such an e or i
 * (Tehrik-e-Taliban, LASHKAR-I-TAIBA, Azmat-e-Pakistan Trust and their eval variants); then
 * regenerated for engine 1.125.0 (name-variants.ts reads a Cyrillic name romanised the German way
 * back, names/german-reading.ts, as a further variant), once the DUMP records of bf10f91 and this
 * tree differed only in 742 records added, those readings (Vasiliy Olegovich SAVELEV for Wasilij
 * Olegowitsch SAWELEW, Lars Shmidt for Lars Schmidt), and not one record removed or changed; then
 * regenerated for engine 1.126.0 (FGUP, GUP, FGBU, GBU legal forms; named, after, imeni function
 * words; ithalat, ihracat organisation words), once the DUMP records of d7bffa5 and this tree differed
 * in exactly one: a random string whose first word, гbў, romanises to gbu, the Russian ГБУ;
 * then regenerated for engine 1.137.0 (matching/prepared.ts tokenKeys: Abdi, Abdo, Abdu and Abdou
 * written as a name also carry the Abd particle's key k:abd), once the DUMP records of 72afa05 and
 * this tree differed in exactly 106 names, and in nothing but 107 key lists that gained k:abd at
 * their end (Ahmed Abdi aw-Mohamed, Muhammad Jamal Abdo, Abdou Laye Miskine, their spellings, and
 * random strings whose word romanises to such a form: ABDÖ, ElmiABDI); then regenerated for engine
 * 1.139.0 (name-variants.ts: a reading of a name holding parentheses has its runs of white space
 * closed up), once the DUMP records of 0cfe592 and this tree, every name's text and "full" field
 * with its runs of white space closed up, were the same set for all 67,919 names (161 records
 * differed only in their spaces, "LEADER   INTERNATIONAL", "Sheikh  Musa Hilal"; 11 of them then
 * one record with the other spelling of their name); then regenerated for engine 1.147.0
 * (names/common-names.ts ORG_WORDS and org-words.ts: branch is an organisation word), once the DUMP
 * records of 861aae4 and this tree differed in exactly 45 names, each holding the word
 * BRANCH (AL-HARAMAIN: AFGHANISTAN BRANCH, ISIL’S SOUTH ASIA BRANCH and their noisy spellings).
 * A chunk that differs is named; DUMP the records of both trees and diff them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as prepared from '../../src/matching/prepared.js';
import { analyseName } from '../../src/names/tokens.js';
import { CHUNK, digest, snapshotNames, type AnalysisDigest } from './analysis-snapshot.js';

describe('name analysis is unchanged', () => {
  it('on the UN list, the eval sets, the bench queries, synthetic and random names', async () => {
    const expected = JSON.parse(readFileSync(new URL('./analysis-digest.json', import.meta.url), 'utf8')) as AnalysisDigest;
    const names = await snapshotNames();
    const got = digest({ analyseName, prepareName: prepared.prepareName, assignWeights: prepared.assignWeights, tokenKeys: prepared.tokenKeys }, names);
    assert.equal(got.names, expected.names, 'the corpus itself changed');
    const differing = got.chunks.flatMap((h, i) => (h === expected.chunks[i] ? [] : [`names ${i * CHUNK}..${(i + 1) * CHUNK - 1}`]));
    assert.deepEqual(differing, []);
  });
});
