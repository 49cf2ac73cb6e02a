/**
 * Notes a list writes into a name field, cut off before the name is read (since 1.50.0). The UN
 * list has a few aliases that carry the record's other facts in their text: "Mohammad Ishaq Akhund
 * born in 1963", "Khirullah Said Wali Khairkhwa, born in Kandahar on 01 Jan.1967", "Safia Farkash
 * Mohammed Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239, date of issue 4 May 2014, expiry 3
 * May 2024.)", "Ezatullah Haqqani (previously listed as)". Read whole, every word of the note was a
 * word of the name, and a parenthesised note a name of its own: "Previously Listed" matched TAi.064
 * at 0.95. Customers' and payments' name fields carry the same kind of note ("Ahmad Ali, born 1970").
 *
 * A part of a name (nameVariants: an alternative, or the text in parentheses) is cut where such a
 * note begins: a document's words (passport, identification number, date of birth or issue, false
 * identity, previously or formerly listed, listed as), or "born" after a comma or before in, on, at
 * or a figure (Max Born stays a name). A parenthesised part that is such a note is dropped whole
 * (its words before the note are the note's too: "Oman passport no.").
 */

/**
 * Labels the UN list writes beside a name (since 1.98.0): "Amir Khazmat (original script: Амир
 * Хазмат)", "هيئة تحرير الشام (original script)", "Ansar al-Mujahideen Network - sub-unit name",
 * "Encep Nurjaman (birth name)", and in the files of 2017 and 2018 "El Para (combat name)" (since
 * 1.103.0; its French, nom de guerre, with it). Read as names, up to 1.97.0, a customer "Birth
 * Name" alerted on QDi.087 at 0.93, "Original Script" on QDi.398 at 0.79 (and as an organisation on QDe.137 at 0.94),
 * and the Cyrillic name after the label met its own record at 0.72 only. The label is cut and what
 * it labels kept. Only a label in parentheses: every one the UN files hold stands there.
 */
const LABEL_NOTE = /[\s,:\u2013\u2014-]*\b(?:original\s+script|birth\s+name|sub-?unit\s+name|combat\s+name|nom\s+de\s+guerre)\b[\s:]*/giu;
/** A parenthesised generation, all of a part: "Hilarion Santos, III (third)". */
const GENERATION_NOTE = /^\s*(?:junior|senior|second|third|fourth)\s*$/i;

/**
 * Where a body or its branch is, all of a part in parentheses (since 1.116.0): HANIFA MONEY EXCHANGE
 * OFFICE (BRANCH LOCATED IN ALBU KAMAL, SYRIAN ARAB REPUBLIC), QDe.153. As a name of its own, the
 * query "Syrian Arab Republic" met it at 0.6395, a hair under the threshold.
 */
const LOCATION_NOTE = /^\s*(?:branch|office|offices|headquarters|head\s+office|located|based|situated|registered)\b[^()]*?\b(?:in|at)\b/i;

const DOCUMENT_NOTE = /\b(?:passports?|previously\s+listed|formerly\s+listed|listed\s+as|false\s+identity|identification\s+(?:number|no)|date\s+of\s+(?:birth|issue))\b/i;
const BORN_NOTE = /(?:,\s*born\b|\bborn(?=\s+(?:in|on|at)\b|\s*\d))/i;

/** A quick test that `text` may hold a note (the words both patterns need), for nameVariants' fast path. */
export const MAY_HOLD_NOTE = /passport|listed|identi|date\s+of|born/i;

/**
 * `part` without the note it holds, or as it is where it holds none; '' where nothing of a name is
 * left (a parenthesised part that holds a note, `enclosed`, is all note).
 */
export function withoutNote(written: string, enclosed: boolean): string {
  if (enclosed && (GENERATION_NOTE.test(written) || LOCATION_NOTE.test(written))) return '';
  // Only in parentheses, where the list writes them (since 1.103.0; 1.98.0 cut them anywhere, so a
  // firm named "Original Script Ltd" was read as Ltd alone).
  const part = enclosed ? written.replace(LABEL_NOTE, ' ') : written;
  const doc = DOCUMENT_NOTE.exec(part);
  const born = BORN_NOTE.exec(part);
  const at = Math.min(doc === null ? Infinity : doc.index, born === null ? Infinity : born.index);
  if (at === Infinity) return part;
  return enclosed ? '' : part.slice(0, at).replace(/[\s,;:.-]+$/, '');
}
