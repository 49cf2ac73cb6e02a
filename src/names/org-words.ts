/**
 * Organisation words across Arabic, English, French and (since 1.73.0) Spanish, (since 1.78.0)
 * German and (since 1.79.0) Italian and Portuguese.
 *
 * Sanctions lists often carry an organisation's Arabic name next to an English (or French) name
 * that translates it word for word: الجماعة الإسلامية المقاتلة الليبية is the Libyan Islamic
 * Fighting Group, جبهة النصرة the Nusrah Front. Transliteration cannot bring جماعة to "group", so
 * a token written as one of these words carries the English word as its alternative form (`alt`,
 * the same slot the glued article uses): the index and the scorer then meet the translation at
 * the alternative-form penalty, and the word still meets its transliteration (Jamaat) by its own
 * folded form.
 *
 * Written for this project from ordinary dictionary meanings (Hans Wehr, A Dictionary of Modern
 * Written Arabic, 4th ed.; Larousse French-English; the Spanish forms, the names of the listed groups
 * as Spanish writes them: Grupo Islámico Armado, Ejército Islámico; the German forms likewise:
 * Islamische Bewegung Usbekistans, Bewaffnete Islamische Gruppe; the Italian and Portuguese ones:
 * Gruppo Islamico Armato, Exército Islâmico); the demonyms are the country adjectives in
 * English, French and Arabic as written in UN documents. Only the meaning is recorded here: the
 * English word is the shared key, French and Arabic spellings point to it.
 */

import { isCyrillicCodePoint } from './script.js';

/**
 * English word -> its Arabic (undotted article-free stems) and French spellings, and (since 1.35.0;
 * Ukrainian since 1.38.0) its Russian and Ukrainian stems. Both languages decline nouns and
 * adjectives, so a Cyrillic word is one of the stems and an ending of CYRILLIC_ENDINGS (Исламское
 * государство Ирака, Исламского государства, исламская группировка; Ісламська держава,
 * угруповання). Up to 1.34.0 a Cyrillic word had no translation, and "Исламское государство Ирака
 * и Леванта" met nothing at all.
 */
const TRANSLATIONS: [english: string, orgWord: boolean, forms: string[], cyrillicStems?: string[]][] = [
  // German Kampfgruppe (fighting group) is read as the group it names (since 1.100.0: one token holds
  // one alternative form, and the group is the word the listed names share).
  ['group', true, ['جماعة', 'مجموعة', 'groupe', 'grupo', 'gruppe', 'gruppierung', 'gruppo', 'kampfgruppe'], ['групп', 'группировк', 'груп', 'угрупованн']],
  ['islamic', true, ['اسلامي', 'اسلامية', 'islamique', 'islamiques', 'islamico', 'islamica', 'islamicos', 'islamisch', 'islamische', 'islamischer', 'islamisches', 'islamischen', 'islamici', 'islamiche'], ['исламск', 'ісламськ']],
  ['front', true, ['جبهة', 'frente', 'fronte'], ['фронт']],
  ['army', true, ['جيش', 'armee', 'ejercito', 'esercito', 'exercito'], ['арми', 'армі']],
  // Cyrillic stems of armed, fighting, union, party, network, revival and heritage since 1.97.0
  // (Вооруженная исламская группа, Ливийская исламская боевая группа, Союз исламского джихада, Сеть
  // Хаккани, Общество возрождения исламского наследия met nothing or a wrong group). Боев is also a
  // surname, so fighting is its adjective's forms alone (the table's '' ending takes a whole word).
  ['armed', false, ['مسلح', 'مسلحة', 'arme', 'armes', 'armado', 'armada', 'armados', 'bewaffnet', 'bewaffnete', 'bewaffneter', 'bewaffneten', 'armato', 'armata', 'armati'], ['вооруженн', 'вооружённ', 'збройн']],
  ['brigade', true, ['لواء', 'brigade', 'brigada', 'brigata'], ['бригад']],
  ['brigades', true, ['كتائب', 'brigadas', 'brigaden', 'brigate']],
  ['battalion', true, ['كتيبة', 'bataillon', 'batallon', 'battaglione', 'batalhao'], ['батальон']],
  ['foundation', true, ['fondation', 'fundacion', 'stiftung', 'fondazione', 'fundacao'], ['фонд']],
  ['charity', true, ['خيرية', 'charitable', 'bienfaisance', 'caritative'], ['благотворительн', 'благодійн']],
  ['movement', true, ['حركة', 'mouvement', 'movimiento', 'bewegung', 'movimento'], ['движени', 'рух']],
  ['network', true, ['شبكة', 'reseau', 'netzwerk', 'rete', 'rede'], ['сет', 'мереж']],
  ['state', true, ['دولة', 'etat', 'estado', 'staat', 'stato'], ['государств', 'держав']],
  ['organization', true, ['تنظيم', 'منظمة', 'organisation', 'organizacion', 'organizzazione', 'organizacao'], ['организаци', 'організаці']],
  ['fighting', true, ['مقاتلة', 'combatant', 'combattant', 'combattante', 'combattants', 'combatiente', 'combatientes', 'kampfende', 'kampfenden', 'combattente', 'combattenti', 'combatente', 'combatentes'], ['боевая', 'боевой', 'боевые', 'боевого', 'боевую', 'боевых', 'бойов']],
  ['union', true, [], ['союз']],
  ['party', true, ['parti', 'partei', 'partido', 'partito'], ['парти', 'парті']],
  // Bank in the languages of the lists' other names and of the counterparties that pay them (since
  // 1.108.0): Arabic بنك and مصرف, Persian and Dari بانک (read with Arabic kaf), French banque,
  // Spanish and Portuguese banco, Italian banca, Turkish banka and bankası, Russian and Ukrainian
  // банк. Up to 1.107.0 the word was read in English only: "Banco Daesong" met Taesong Bank (KPe.035)
  // without its bank, and its kind (org-kinds.ts) went unread.
  ['bank', true, ['بنك', 'مصرف', 'بانك', 'banque', 'banco', 'banca', 'banka', 'bankasi'], ['банк']],
  // صرافی: the Dari money exchange (Sarafi), read with Arabic yeh (since 1.31.0).
  ['exchange', true, ['صرافة', 'صرافي', 'change', 'exch']],
  ['office', true, ['مكتب', 'bureau']],
  // A branch (since 1.147.0; matching/branch-notes.ts reads one written after a body's name).
  ['branch', true, ['فرع', 'filiale', 'succursale', 'sucursal', 'niederlassung', 'zweigniederlassung'], ['филиал', 'філі']],
  ['society', true, ['جمعية', 'societe', 'sociedad', 'societa', 'sociedade', 'gesellschaft'], ['обществ', 'товариств']],
  ['relief', true, ['اغاثة', 'secours']],
  ['supporters', false, ['انصار', 'partisans', 'partidarios', 'sostenitori', 'apoiantes', 'helfer', 'unterstutzer'], ['сторонник', 'прихильник']],
  ['emigrants', false, ['مهاجرين', 'مهاجرون', 'emigres', 'emigrantes', 'emigranti', 'auswanderer'], ['эмигрант', 'емігрант']],
  ['unification', false, ['توحيد']],
  ['revival', false, ['احياء', 'renouveau', 'renaissance', 'renacimiento', 'rinascita', 'renascimento', 'wiederbelebung'], ['возрождени', 'відродженн']],
  ['heritage', false, ['تراث', 'patrimoine', 'patrimonio', 'erbe', 'erbes'], ['наследи', 'спадщин']],
  ['people', false, ['اهل', 'peuple']],
  // The compass points, and the English and French adjectives of them as names write them (East and
  // Eastern Turkistan; since 1.70.0).
  ['west', false, ['غرب', 'غربي', 'غربية', 'ouest', 'western', 'occidental', 'occidentale', 'oeste'], ['западн', 'західн']],
  ['east', false, ['شرق', 'شرقي', 'شرقية', 'eastern', 'oriental', 'orientale'], ['восточн', 'східн']],
  ['north', false, ['شمال', 'شمالي', 'شمالية', 'nord', 'northern', 'septentrional', 'norte'], ['северн', 'північн']],
  ['south', false, ['جنوب', 'جنوبي', 'جنوبية', 'sud', 'southern', 'meridional'], ['южн', 'південн']],
  ['africa', false, ['افريقيا', 'afrique', 'afrika'], ['африк', 'африц']],
  ['peninsula', false, ['جزيرة', 'peninsule', 'penisola', 'halbinsel'], ['полуостров', 'півостр']],
  ['levant', false, ['شام'], ['левант']],
  // بلاد, "the lands of", before a region in the names of armed groups (ببلاد المغرب, بلاد الرافدين,
  // بلاد الشام): a word the English and French names leave out or translate freely (since 1.34.0).
  ['lands', true, ['بلاد', 'pays'], ['стран', 'країн']],
  ['arabian', false, ['arabique', 'arabiga', 'arabica', 'arabisch', 'arabische', 'arabischer', 'arabisches', 'arabischen'], ['аравийск', 'аравійськ']],
  ['egyptian', false, ['مصري', 'مصرية', 'egyptien', 'egyptienne', 'egipcio', 'egipcia', 'agyptisch', 'agyptische', 'agyptischer', 'agyptisches', 'agyptischen', 'egiziano', 'egiziana'], ['египетск', 'єгипетськ']],
  ['libyan', false, ['ليبي', 'ليبية', 'libyen', 'libyenne', 'libio', 'libysch', 'libysche', 'libyscher', 'libysches', 'libyschen', 'libico', 'libica'], ['ливийск', 'лівійськ']],
  ['moroccan', false, ['مغربي', 'مغربية', 'marocain', 'marocaine', 'marroqui', 'marokkanisch', 'marokkanische', 'marokkanischer', 'marokkanisches', 'marokkanischen', 'marocchino', 'marroquino'], ['марокканск', 'марокканськ']],
  ['tunisian', false, ['تونسي', 'تونسية', 'tunisien', 'tunisienne', 'tunecino', 'tunecina', 'tunesisch', 'tunesische', 'tunesischer', 'tunesisches', 'tunesischen', 'tunisino', 'tunisiano'], ['тунисск', 'туніськ']],
  // The places in the names of listed groups and firms, keyed by the list's own spelling, from the
  // adjectives Russian and Ukrainian make of them (since 1.97.0: Кавказский эмират, Туркестанская
  // исламская партия and Пакистанский Талибан met nothing or under 0.36; the place's noun is its own
  // transliteration, Кавказ, Пакистана). The UN writes the Caucasus as Russian does (EMARAT KAVKAZ,
  // QDe.131), so the English, French, German and Spanish names of the region are forms of it too:
  // OFAC lists the same group as CAUCASUS EMIRATE (SDN entity 12756, a.k.a. IMARAT KAVKAZ).
  ['kavkaz', false, ['caucasus', 'caucasian', 'caucase', 'kaukasus', 'caucaso', 'قوقاز'], ['кавказск', 'кавказьк']],
  ['turkistan', false, [], ['туркестанск', 'туркестанськ']],
  ['pakistan', false, [], ['пакистанск', 'пакистанськ']],
  ['afghan', false, [], ['афганск', 'афганськ']],
  ['iraq', false, [], ['иракск', 'іракськ']],
  ['syria', false, [], ['сирийск', 'сирійськ']],
  ['yemen', false, [], ['йеменск', 'єменськ']],
  ['algeria', false, [], ['алжирск', 'алжирськ']],
  ['sudan', false, [], ['суданск', 'суданськ']],
  ['uzbekistan', false, [], ['узбекск', 'узбецьк']],
  ['indonesia', false, [], ['индонезийск', 'індонезійськ']],
  ['kashmir', false, [], ['кашмирск', 'кашмірськ']],
  ['chechen', false, [], ['чеченск', 'чеченськ']],
  ['korea', false, [], ['корейск', 'корейськ']],
  ['iran', false, [], ['иранск', 'іранськ']],
  ['maghreb', false, [], ['магрибск', 'магрибськ']],
  // The Arabic, Urdu and Persian words of listed groups' names as the lists transliterate them
  // (since 1.105.0): Jaysh Khalid ibn al-Walid is the Khalid ibn al-Walid Army, Jabhat al-Nusrah the
  // Al-Nusrah Front, Tanzim Qa'idat al-Jihad fi Jazirat al-Arab Al-Qaida's organisation in the
  // Arabian Peninsula, Lashkar-e-Tayyiba the Army of the Pure, Tehrik-e Taliban the Taliban movement,
  // EMARAT KAVKAZ the Caucasus Emirate, Wilayat Khorasan the Khorasan Province. Each carries the
  // English word as its alternative form, as the Arabic-script word does, but keeps its own weight
  // (orgWord false): in Latin letters the word is the name's own (Jaish-i-Mohammed is no army of
  // some Mohammed). The spellings are those of the UN list's names and the common others of each
  // word (Jeish, Harakah, Jazirah, Muhajiroun). Not the words for group
  // (Jamaat, Jemaah) nor Islamic (Islami, Islamiyah): two spellings carrying one English word meet
  // each other through it, and Jamaat-e-Islami, a party in Pakistan and Bangladesh, then alerted on
  // Jemaah Islamiyah (QDe.092, 0.5599 -> 0.6854); the generic names of unlisted groups are written
  // with them. Nor Jamia (also a university). Nor Makhtab and Khidamat (office, services): a query
  // of those two English words alone then alerted on MAKHTAB AL-KHIDAMAT (QDe.012) at 0.6654, and
  // the UN gives that group's English name (Afghan Service Bureau) beside it.
  ['society', false, ['jamiat', 'jamiyat', 'jamiyah', 'jamiyya']],
  ['movement', false, ['harakat', 'harakah', 'haraka', 'haraket', 'tehrik', 'tehreek', 'tahrik', 'tahreek']],
  ['army', false, ['jaysh', 'jaish', 'jeish', 'jaesh', 'lashkar']],
  ['front', false, ['jabhat', 'jabha', 'jabhah', 'jabhet']],
  ['brigade', false, ['liwa', 'liwaa']],
  ['battalion', false, ['katibat', 'katiba', 'katibah', 'khatiba', 'kateeba']],
  ['brigades', false, ['kataib', 'khataib']],
  ['organization', false, ['tanzim', 'tanzeem']],
  ['state', false, ['dawlat', 'dawla', 'dawlah']],
  ['peninsula', false, ['jazirat', 'jazira', 'jazirah']],
  ['supporters', false, ['ansar', 'ansaru']],
  ['emigrants', false, ['muhajirin', 'muhajireen', 'muhajiroun']],
  ['party', false, ['hizb', 'hezb']],
  ['revival', false, ['ihya', 'ihyaa']],
  ['heritage', false, ['turath', 'turas']],
  ['committee', false, ['lajnat', 'lajna', 'lajnah']],
  ['exchange', false, ['sarafi', 'sarrafi']],
  ['emirate', false, ['emarat', 'imarat', 'imarah', 'imara']],
  ['province', false, ['wilayat', 'wilayah', 'wilaya', 'vilayat']],
  ['people', false, ['ahl', 'ahle', 'ahlu']],
  ['unification', false, ['tawhid', 'tawheed', 'tauhid']],
  // The words of company names as payment messages abbreviate them (since 1.85.0: a SWIFT name line
  // holds 35 characters, and Ocean Maritime Management is sent as Ocean Maritime Mgmt).
  ['management', false, ['mgmt', 'mgt', 'mngt', 'mngmt']],
  ['trading', true, ['trdg']],
  ['shipping', true, ['shpg']],
  ['international', true, ['intl']],
  ['holdings', true, ['hldgs']],
  ['holding', true, ['hldg']],
  ['services', true, ['svcs']],
  ['industries', true, ['inds']],
  ['association', true, ['assn', 'assoc']],
  ['national', true, ['natl']],
  ['general', true, ['genl']],
  ['brothers', true, ['bros']],
  ['manufacturing', false, ['mfg']],
  ['engineering', false, ['engg']],
  ['department', false, ['dept']],
  ['development', false, ['devt']],
];

/** The case and number endings of Russian and Ukrainian nouns and adjectives after a Cyrillic stem. */
const CYRILLIC_ENDINGS = new Set([
  '', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ов', 'ев', 'ь',
  'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ую', 'юю', 'ых', 'их', 'ым', 'им', 'ыми', 'ими',
  // Ukrainian: і, ї, є and the endings only it has.
  'і', 'ї', 'ою', 'ею', 'єю', 'ої', 'ів', 'ій', 'ім', 'іх', 'є', 'ія', 'ії', 'ію', 'ією', 'ові', 'еві',
]);

function cyrillicLookup(text: string): Concept | undefined {
  for (const [stem, concept] of CYRILLIC_STEMS) if (text.startsWith(stem) && CYRILLIC_ENDINGS.has(text.slice(stem.length))) return concept;
  return undefined;
}

/** Hamza seats, ta marbuta and alef maqsura written the common way, so spellings meet. */
function arabicKey(word: string): string {
  if (!ARABIC_KEY_LETTERS.test(word)) return word;
  return word.replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
}

/** Any letter arabicKey rewrites (without one the word is its own key). */
const ARABIC_KEY_LETTERS = /[أإآٱةى]/;

/** What an organisation word means: its English key, and whether it weighs as an organisation word. */
interface Concept {
  english: string;
  orgWord: boolean;
}

/** Latin and Arabic-script forms to their concept; the Cyrillic stems beside it, in table order. */
const CONCEPT = new Map<string, Concept>();
const CYRILLIC_STEMS: [stem: string, concept: Concept][] = [];
for (const [english, orgWord, forms, stems = []] of TRANSLATIONS) {
  const concept = { english, orgWord };
  for (const f of forms) CONCEPT.set(/[a-z]/.test(f) ? f : arabicKey(f), concept);
  for (const stem of stems) CYRILLIC_STEMS.push([stem, concept]);
}

/**
 * Prefixes written joined to an Arabic word: the article and the conjunction/prepositions before
 * it (ب since 1.34.0: ببلاد).
 */
const ARABIC_PREFIXES = ['وال', 'بال', 'لل', 'ال', 'و', 'ل', 'ب'];

/** /^[a-z]+$/.test(s), by code unit. */
function isLowerAsciiWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function lookup(text: string): Concept | undefined {
  if (isLowerAsciiWord(text)) return CONCEPT.get(text);
  if (text.length > 0 && isCyrillicCodePoint(text.charCodeAt(0))) return cyrillicLookup(text);
  const key = arabicKey(text);
  const whole = CONCEPT.get(key);
  if (whole) return whole;
  for (const p of ARABIC_PREFIXES) {
    if (key.startsWith(p) && key.length - p.length >= 3) {
      const hit = CONCEPT.get(key.slice(p.length));
      if (hit) return hit;
    }
  }
  return undefined;
}

/**
 * The English word a token translates, when it is one of the organisation words above (the token
 * as normalised: lower-case Latin without accents, Arabic script with or without the article, or
 * Cyrillic in lower case).
 */
export function translatedOrgWord(text: string): string | undefined {
  return lookup(text)?.english;
}

/** Whether the token translates a word that is frequent in organisation names (weighs little). */
export function isTranslatedOrgWord(text: string): boolean {
  return lookup(text)?.orgWord === true;
}
