/**
 * Given names that are two names, not two spellings of one (since 1.88.0; Arabic, Afghan and
 * Pakistani names, and since 1.114.0 Russian and Caucasus ones).
 *
 * The distance forgives vowels, because romanisations disagree on them most (Mohammed/Muhammad,
 * Usama/Osama). But many Arabic names differ only in a vowel or in one consonant added to a shared
 * root, and they are different names: محمد Muhammad and محمود Mahmud, حسن Hasan and حسين Husayn,
 * جمال Jamal and جميل Jamil, راشد Rashid and رشاد Rashad. Read as spellings they met at 0.82-0.94
 * ("Mahmoud Khalil" alerted on a listed "Mohammed Khalil" at 0.81, "Hussein Yusuf" on "Hassan
 * Yusuf" at 0.75), so every customer who shares a family name with a listed person and bears the
 * other name of such a pair alerted. No romanisation writes one of them as the other: the vowel
 * that tells them apart is a long one, which Arabic writes and every scheme renders.
 *
 * So a token written as one name of the table and a token written as another name of it are not a
 * pair at all (score.ts keyedSimilarityValue refuses it as it refuses two unrelated words). A
 * spelling that may stand for two of the names (Hamed: حامد Hamid or حمد Hamad; Kamel: كامل in
 * Egypt, كمال in Algeria; Said: سعيد or سيد) holds both, and is refused only against a third; so
 * does a folded form two spellings share (Saeed folds as Said does).
 * A token not in the table (any misspelling, any other name) is compared as before: a typo of
 * Mohammed still meets Mahmoud on its letters. Only a table of names common enough to bring such
 * false alerts every day; names the distance already tells apart (Hamza, Hamdan) need no entry, and
 * a name some list writes for another (Nasr for Nasir after Abd, QDi.420) gets none, so that each
 * entry is safe: a spelling in the table is never a romanisation of another name of it.
 *
 * Spellings are looked up by their folded form (the one the distance compares), computed by the
 * same analysis as any name's when first asked, so Mohammed and Mohamed, or Хусейн and Khusein, are
 * one entry. Arabic-script spellings are folded by the Arabic fold and kept apart from the Latin
 * ones (عمر folds to amr, which is not the Latin Amr).
 */
import { analyseName } from './tokens.js';

/** One name: the Latin spellings (lower case, as written, any scheme) and the Arabic-script ones. */
interface DistinctName {
  name: string;
  latin: readonly string[];
  arabic: readonly string[];
}

const NAMES: readonly DistinctName[] = [
  {
    name: 'Muhammad',
    latin: ['muhammad', 'mohammad', 'mohammed', 'muhammed', 'mohamed', 'mohamad', 'muhamad', 'muhamed', 'mouhamed', 'mouhammad', 'mouhamad', 'mukhammad', 'mukhammed', 'mokhammad', 'mokhammed', 'magomed', 'magomet', 'mahomed', 'mehmet', 'mehmed', 'muhammet', 'mamadou'],
    arabic: ['محمد'],
  },
  { name: 'Mahmud', latin: ['mahmud', 'mahmoud', 'mahmood', 'makhmud', 'mahmut', 'mehmood', 'mehmud', 'mahmod', 'mahamoud', 'mahamud'], arabic: ['محمود'] },
  { name: 'Ahmad', latin: ['ahmad', 'ahmed', 'ahmet', 'akhmad', 'akhmed', 'akhmet', 'achmad', 'achmed', 'ahmadou'], arabic: ['أحمد'] },
  // حامد Ḥāmid and حميد Ḥamīd are both Hamid in every Latin scheme: one entry.
  // Hammud too (since 1.143.0): the UN writes IQi.004's Abid Hamid Mahmud "Abed Mahmoud Hammud" as
  // well, so Hammud without its final a holds both names (Hammud below), apart from Ahmad and the rest.
  { name: 'Hamid', latin: ['hamid', 'hameed', 'khamid', 'hamit', 'hammud', 'hammoud', 'hamoud', 'hamud', 'hammood'], arabic: ['حامد', 'حميد'] },
  { name: 'Hamad', latin: ['hamad', 'khamad'], arabic: ['حمد'] },
  { name: 'Hamdi', latin: ['hamdi', 'hamdy'], arabic: ['حمدي'] },
  { name: 'Hasan', latin: ['hasan', 'hassan', 'khasan'], arabic: ['حسن'] },
  {
    name: 'Husayn',
    latin: ['husayn', 'hussein', 'husein', 'hussain', 'husain', 'hossein', 'hosein', 'hussien', 'husien', 'huseyin', 'husseyn', 'huseyn', 'khusein', 'khuseyn', 'khussein', 'hossain', 'hosain'],
    arabic: ['حسين'],
  },
  { name: 'Umar', latin: ['umar', 'omar', 'omer', 'oumar', 'umer'], arabic: ['عمر'] },
  { name: 'Amr', latin: ['amr', 'amru', 'amro', 'amrou'], arabic: ['عمرو'] },
  // أمير Amir and عامر Amir (Amer, Aamir) are both Amir in Latin: one entry, apart from Umar and Amr.
  // Amar is one too (since 1.143.0): the UN writes QDi.314's العامر "EL AMAR". It folds as Ammar does
  // (doubled letters count once), so that folded form holds both names and meets each.
  { name: 'Amir', latin: ['amir', 'ameer', 'aamir', 'amer', 'aamer', 'amar'], arabic: ['أمير', 'عامر'] },
  // Since 1.143.0: عمار Ammar, the same consonants as عمر Umar with a long a and a doubled m, which
  // every scheme writes ("Ammar AL-SHARIF", a Syrian on the UK list of 2018 and not on the UN's,
  // alerted at 0.72 on QDi.028's alias "Shariff Omar Mohammed"); and حمود Hammud, حمودة Hammuda, the
  // diminutives of Muhammad and Ahmad ("Fouad HAMMOUDA" met the alias "Ahmed Fuad Salim" of QDi.006
  // at 0.69, hammouda~ahmed 0.71). Amar, which folds as Ammar does, is Ammar or Amir (see Amir).
  { name: 'Ammar', latin: ['ammar', 'ammaar'], arabic: ['عمار'] },
  { name: 'Hammud', latin: ['hammud', 'hammoud', 'hamoud', 'hamud', 'hammood', 'hammuda', 'hammouda', 'hamouda', 'hamuda', 'hammoude', 'hammoudeh', 'hamoudeh'], arabic: ['حمود', 'حمودة'] },
  { name: "Sa'id", latin: ['saeed', 'saied', 'saeid'], arabic: ['سعيد'] },
  { name: "Sa'd", latin: ['saad'], arabic: ['سعد'] },
  { name: 'Sayyid', latin: ['sayyid', 'sayed', 'sayyed', 'syed', 'seyed', 'seyyed', 'sayid', 'seyit', 'seyyid'], arabic: ['سيد'] },
  // راشد Rāshid and رشيد Rashīd: both Rashid.
  { name: 'Rashid', latin: ['rashid', 'rasheed', 'rachid', 'reshit'], arabic: ['راشد', 'رشيد'] },
  { name: 'Rashad', latin: ['rashad', 'rachad', 'reshat'], arabic: ['رشاد'] },
  { name: 'Jamal', latin: ['jamal', 'djamal', 'gamal', 'jemal', 'cemal', 'dzhamal'], arabic: ['جمال'] },
  { name: 'Jamil', latin: ['jamil', 'jameel', 'djamil', 'gamil', 'jemil', 'cemil', 'dzhamil'], arabic: ['جميل'] },
  { name: 'Kamal', latin: ['kamal', 'kemal'], arabic: ['كمال'] },
  { name: 'Kamil', latin: ['kamil', 'kameel'], arabic: ['كامل'] },
  { name: 'Jalal', latin: ['jalal', 'djalal', 'celal', 'jelal', 'dzhalal'], arabic: ['جلال'] },
  { name: 'Jalil', latin: ['jalil', 'djalil', 'jaleel', 'celil'], arabic: ['جليل'] },
  { name: 'Salah', latin: ['salah', 'salakh'], arabic: ['صلاح'] },
  { name: 'Salih', latin: ['salih', 'saleh', 'salekh'], arabic: ['صالح'] },
  // سالم Sālim and سليم Salīm: both Salim (Salem, Selim).
  { name: 'Salim', latin: ['salim', 'saleem', 'selim', 'salem'], arabic: ['سالم', 'سليم'] },
  { name: 'Salam', latin: ['salam'], arabic: ['سلام'] },
  { name: 'Bashir', latin: ['bashir', 'basheer', 'bachir', 'beshir'], arabic: ['بشير'] },
  { name: 'Bashar', latin: ['bashar'], arabic: ['بشار'] },
  { name: 'Khalid', latin: ['khalid', 'khaled', 'halid', 'khaleed'], arabic: ['خالد'] },
  { name: 'Khalil', latin: ['khalil', 'halil', 'khaleel'], arabic: ['خليل'] },
  { name: 'Zayd', latin: ['zayd', 'zaid', 'zeid', 'zeyd'], arabic: ['زيد'] },
  { name: 'Zayid', latin: ['zayed', 'zayid'], arabic: ['زايد'] },
  { name: 'Fadl', latin: ['fadl', 'fazl', 'fadhl'], arabic: ['فضل'] },
  { name: 'Fadil', latin: ['fadil', 'fazil', 'fadhil'], arabic: ['فاضل'] },
  // Since 1.91.0: common names one consonant (or a doubled one) from another common name, which the
  // distance forgives as a typo: Sajid, Majid, Wajid, Wahid, Walid, Zahid; Qasim, Hashim and Jasim;
  // Usama and Usman. Nasir alone: Nasr stays out (the UN list writes Hajji Abd al-Nasr and Hajji
  // 'Abd Al-Nasir for QDi.420). Left out: Basir, which the UN list writes
  // for Bashir (TAe.014: HAJI BASIR and Haji Bashir) and which Indonesian Ba'asyir folds to; Ammar,
  // whose fold (amar) is also the Amar written for عامر (QDi.314, OULD EL AMAR).
  { name: 'Nasir', latin: ['nasir', 'nasser', 'naser', 'nacer', 'nassir'], arabic: ['ناصر'] },
  { name: 'Sahib', latin: ['sahib', 'saheb'], arabic: ['صاحب'] },
  { name: 'Sohrab', latin: ['sohrab', 'suhrab'], arabic: ['سهراب'] },
  // Its Latin spellings may be Sayyid written with the German j (SHARED).
  { name: 'Sajid', latin: [], arabic: ['ساجد'] },
  { name: 'Sajjad', latin: ['sajjad', 'sajad'], arabic: ['سجاد'] },
  // ماجد Mājid and مجيد Majīd: both Majid.
  { name: 'Majid', latin: ['majid', 'majed', 'madjid', 'maajid', 'majeed'], arabic: ['ماجد', 'مجيد'] },
  { name: 'Wajid', latin: ['wajid', 'wajed'], arabic: ['واجد'] },
  { name: 'Wahid', latin: ['wahid', 'waheed', 'vahid', 'wahed'], arabic: ['وحيد'] },
  { name: 'Walid', latin: ['walid', 'waleed', 'oualid'], arabic: ['وليد'] },
  { name: 'Zahid', latin: ['zahid', 'zahed'], arabic: ['زاهد'] },
  { name: 'Sadiq', latin: ['sadiq', 'sadik', 'sadeq', 'sadegh'], arabic: ['صادق'] },
  { name: 'Siddiq', latin: ['siddiq', 'siddique', 'siddik'], arabic: ['صديق'] },
  { name: 'Rahim', latin: ['rahim', 'raheem', 'rakhim'], arabic: ['رحيم'] },
  { name: 'Rahman', latin: ['rahman', 'rehman', 'rakhman'], arabic: ['رحمن', 'رحمان'] },
  { name: 'Hakim', latin: ['hakim', 'hakeem'], arabic: ['حكيم'] },
  { name: 'Zubayr', latin: ['zubair', 'zubayr', 'zubeir', 'zoubair', 'zobair'], arabic: ['زبير'] },
  { name: 'Zuhayr', latin: ['zuhair', 'zuhayr', 'zouhair', 'zohair'], arabic: ['زهير'] },
  { name: 'Anwar', latin: ['anwar', 'anouar', 'enver'], arabic: ['أنور'] },
  { name: 'Anas', latin: ['anas', 'enes'], arabic: ['أنس'] },
  { name: 'Yunus', latin: ['yunus', 'younis', 'younes', 'yunis'], arabic: ['يونس'] },
  { name: 'Yusuf', latin: ['yusuf', 'yousef', 'youssef', 'yousif', 'yusif', 'jusuf', 'yusup', 'yussuf', 'yousuf'], arabic: ['يوسف'] },
  { name: 'Qasim', latin: ['qasim', 'kasim', 'qassim', 'kassem', 'qasem', 'gasim', 'kasym'], arabic: ['قاسم'] },
  { name: 'Hashim', latin: ['hashim', 'hashem', 'hachem'], arabic: ['هاشم'] },
  { name: 'Jasim', latin: ['jasim', 'jassim', 'jasem'], arabic: ['جاسم'] },
  { name: 'Hisham', latin: ['hisham', 'hicham', 'hesham'], arabic: ['هشام'] },
  { name: 'Husam', latin: ['husam', 'hussam', 'houssam', 'hosam'], arabic: ['حسام'] },
  { name: 'Asad', latin: ['asad', 'assad'], arabic: ['أسد'] },
  { name: 'Ayman', latin: ['ayman', 'aiman', 'eymen'], arabic: ['أيمن'] },
  { name: 'Iman', latin: ['iman', 'eman'], arabic: ['إيمان'] },
  { name: "Na'im", latin: ['naim', 'naeem'], arabic: ['نعيم'] },
  { name: 'Nadim', latin: ['nadim', 'nadeem'], arabic: ['نديم'] },
  { name: 'Nazim', latin: ['nazim', 'nazem'], arabic: ['ناظم'] },
  { name: 'Nasim', latin: ['nasim', 'naseem'], arabic: ['نسيم'] },
  { name: 'Kazim', latin: ['kazim', 'kazem', 'kadhim'], arabic: ['كاظم'] },
  { name: 'Fahim', latin: ['fahim', 'faheem'], arabic: ['فهيم'] },
  { name: 'Fahd', latin: ['fahd', 'fahad'], arabic: ['فهد'] },
  { name: 'Shakir', latin: ['shakir', 'shaker', 'chaker'], arabic: ['شاكر'] },
  { name: 'Shukri', latin: ['shukri', 'shukry', 'choukri'], arabic: ['شكري'] },
  { name: 'Shakil', latin: ['shakil', 'shakeel'], arabic: ['شكيل'] },
  { name: "Ja'far", latin: ['jafar', 'jaafar', 'djafar', 'cafer'], arabic: ['جعفر'] },
  { name: 'Jabir', latin: ['jabir', 'jaber'], arabic: ['جابر'] },
  { name: 'Sulayman', latin: ['sulayman', 'suleiman', 'sulaiman', 'suleyman', 'soliman', 'sliman', 'souleymane'], arabic: ['سليمان'] },
  { name: 'Salman', latin: ['salman'], arabic: ['سلمان'] },
  // Mohmand, a Pashtun tribe and family name, is neither Muhammad nor Mahmud (since 1.95.0).
  { name: 'Mohmand', latin: ['mohmand', 'momand'], arabic: ['مهمند'] },
  { name: 'Usama', latin: ['usama', 'osama', 'oussama', 'ousama'], arabic: ['أسامة'] },
  { name: 'Uthman', latin: ['uthman', 'othman', 'osman', 'usman', 'ousmane', 'ousman', 'utman', 'otman'], arabic: ['عثمان'] },
  // Since 1.109.0: علي Ali and ولي Wali (Vali), one consonant apart and both among the most common
  // names of Afghanistan and Pakistan: "Mohammed Ali" alerted on the Wali Mohammad of TAi.007 at 0.6476.
  { name: 'Ali', latin: ['ali', 'aly'], arabic: ['علي'] },
  { name: 'Wali', latin: ['wali', 'vali', 'walee'], arabic: ['ولي'] },
  // Since 1.110.0: common names one consonant (or one long vowel) from another common name, which
  // the distance forgave as a typo or a vowel (before, "Yasin Zaman" met "Yasir Zaman" at 0.8183,
  // Rami and Sami, Hadi and Fadi at 0.7943, Anis and Anas at 0.8766). Not Samer (سامر): the Maghrebi e may
  // write the i of Samir (سمير) as it writes Rached for Rashid.
  { name: 'Yasin', latin: ['yasin', 'yassin', 'yaseen', 'yacine', 'yassine'], arabic: ['ياسين'] },
  { name: 'Yasir', latin: ['yasir', 'yasser', 'yaser', 'yassir'], arabic: ['ياسر'] },
  { name: 'Rami', latin: ['rami', 'ramy'], arabic: ['رامي'] },
  { name: 'Sami', latin: ['sami', 'samy'], arabic: ['سامي'] },
  { name: 'Hadi', latin: ['hadi', 'hady'], arabic: ['هادي'] },
  { name: 'Fadi', latin: ['fadi', 'fady'], arabic: ['فادي'] },
  { name: 'Hani', latin: ['hani', 'hany'], arabic: ['هاني'] },
  { name: 'Imad', latin: ['imad', 'emad'], arabic: ['عماد'] },
  { name: 'Iyad', latin: ['iyad', 'eyad'], arabic: ['إياد'] },
  { name: 'Ziyad', latin: ['ziad', 'ziyad', 'zyad'], arabic: ['زياد'] },
  { name: 'Anis', latin: ['anis', 'anees'], arabic: ['أنيس'] },
  { name: 'Nadir', latin: ['nadir', 'nader'], arabic: ['نادر'] },
  { name: 'Bilal', latin: ['bilal', 'belal'], arabic: ['بلال'] },
  { name: 'Fawzi', latin: ['fawzi', 'fawzy', 'fauzi'], arabic: ['فوزي'] },
  { name: 'Fawwaz', latin: ['fawaz', 'fawwaz'], arabic: ['فواز'] },
  { name: "Wa'il", latin: ['wael', 'wail'], arabic: ['وائل'] },
  { name: "Na'il", latin: ['nael', 'nayel'], arabic: ['نائل'] },
  // Since 1.111.0: the common names met at 0.75-0.89 by another common name in a sweep of 150 of
  // them (compare of "X Zaman" with "Y Zaman" for every pair, eval/scratch, not kept; the pairs are
  // measured by eval/different-names.ts): Asim, Wasim, Basim, Isam (against
  // Qasim, Jasim, Usama, Husam); Ghassan and Harun (Hasan); Zahir and Sahir; Arif, Atif, Ashraf and
  // Sharif (Latif); Murad (Muhammad); Akram (Karim); Riyad (Iyad, Ziyad); Ayyub and Najib; Nizar
  // (Nasir); Adil (Fadil); Hilal (Bilal, Khalil); Habib and Labib; Shadi (Hadi); Hatim (Hakim,
  // Hashim); Ra'id (Rashid); Mahir (Amir); Yazid (Zayd); Fu'ad (Fahd); Talal (Bilal, Jalal); Faruq and
  // Tariq; Ma'mun and Mazin; Dawud and Jawad; Haytham; Fathi (Fadi); Badr and Bakr; Thamir (Samir,
  // Amir: ثامر and تامر are one entry, as Egypt writes the first Tamer); Hamza (Hamdi); Mansur
  // (Munir); Rida (Ra'id, Riyad); Rabi' (Rami); Basil (Basim); Safwan and Sufyan; Taysir (Yasir,
  // Nasir); Faris (Faruq); Harith (Harun).
  { name: 'Asim', latin: ['asim', 'assem', 'asem', 'aasim'], arabic: ['عاصم'] },
  { name: 'Wasim', latin: ['wasim', 'waseem', 'wassim'], arabic: ['وسيم'] },
  { name: 'Basim', latin: ['basim', 'bassem', 'basem', 'bassim'], arabic: ['باسم'] },
  { name: 'Isam', latin: ['isam', 'issam', 'essam', 'esam'], arabic: ['عصام'] },
  { name: 'Ghassan', latin: ['ghassan', 'ghasan'], arabic: ['غسان'] },
  { name: 'Harun', latin: ['harun', 'haroun', 'haroon'], arabic: ['هارون'] },
  { name: 'Zahir', latin: ['zahir', 'zaher', 'dhahir'], arabic: ['ظاهر', 'زاهر'] },
  { name: 'Sahir', latin: ['sahir', 'saher'], arabic: ['ساهر'] },
  { name: 'Arif', latin: ['arif', 'aref', 'aarif'], arabic: ['عارف'] },
  { name: 'Atif', latin: ['atif', 'atef'], arabic: ['عاطف'] },
  { name: 'Ashraf', latin: ['ashraf', 'achraf'], arabic: ['أشرف'] },
  { name: 'Sharif', latin: ['sharif', 'sherif', 'shareef', 'cherif'], arabic: ['شريف'] },
  { name: 'Murad', latin: ['murad', 'mourad', 'murat'], arabic: ['مراد'] },
  { name: 'Akram', latin: ['akram'], arabic: ['أكرم'] },
  { name: 'Riyad', latin: ['riyad', 'riad', 'riyadh', 'riadh'], arabic: ['رياض'] },
  { name: 'Ayyub', latin: ['ayyub', 'ayub', 'ayoub', 'ayoob'], arabic: ['أيوب'] },
  { name: 'Najib', latin: ['najib', 'najeeb', 'nagib'], arabic: ['نجيب'] },
  { name: 'Nizar', latin: ['nizar', 'nezar'], arabic: ['نزار'] },
  { name: 'Adil', latin: ['adil', 'adel', 'aadil'], arabic: ['عادل'] },
  { name: 'Hilal', latin: ['hilal', 'helal'], arabic: ['هلال'] },
  { name: 'Habib', latin: ['habib', 'habeeb'], arabic: ['حبيب'] },
  { name: 'Labib', latin: ['labib', 'labeeb'], arabic: ['لبيب'] },
  { name: 'Shadi', latin: ['shadi', 'shady', 'chadi'], arabic: ['شادي'] },
  { name: 'Hatim', latin: ['hatim', 'hatem'], arabic: ['حاتم'] },
  { name: "Ra'id", latin: ['raed', 'raid'], arabic: ['رائد'] },
  { name: 'Mahir', latin: ['mahir', 'maher'], arabic: ['ماهر'] },
  { name: 'Yazid', latin: ['yazid', 'yazeed'], arabic: ['يزيد'] },
  { name: "Fu'ad", latin: ['fuad', 'fouad', 'fuat'], arabic: ['فؤاد'] },
  { name: 'Talal', latin: ['talal'], arabic: ['طلال'] },
  { name: 'Faruq', latin: ['faruq', 'farouk', 'farooq', 'faruk', 'farouq'], arabic: ['فاروق'] },
  { name: 'Tariq', latin: ['tariq', 'tarek', 'tarik', 'tareq', 'tarique'], arabic: ['طارق'] },
  { name: "Ma'mun", latin: ['mamun', 'mamoun', 'mamoon'], arabic: ['مأمون'] },
  { name: 'Mazin', latin: ['mazin', 'mazen'], arabic: ['مازن'] },
  { name: 'Dawud', latin: ['dawud', 'daoud', 'dawood', 'davud', 'daud'], arabic: ['داود'] },
  { name: 'Jawad', latin: ['jawad', 'jawwad', 'javad'], arabic: ['جواد'] },
  { name: 'Haytham', latin: ['haytham', 'haitham', 'haisam'], arabic: ['هيثم'] },
  { name: 'Fathi', latin: ['fathi', 'fathy', 'fethi'], arabic: ['فتحي'] },
  { name: 'Badr', latin: ['badr', 'bader'], arabic: ['بدر'] },
  { name: 'Bakr', latin: ['bakr', 'bakar'], arabic: ['بكر'] },
  { name: 'Thamir', latin: ['thamir', 'thamer', 'tamir', 'tamer'], arabic: ['ثامر', 'تامر'] },
  { name: 'Hamza', latin: ['hamza', 'hamzah', 'hamzeh'], arabic: ['حمزة'] },
  { name: 'Mansur', latin: ['mansur', 'mansour', 'mansoor'], arabic: ['منصور'] },
  { name: 'Rida', latin: ['rida', 'reda', 'ridha', 'redha'], arabic: ['رضا'] },
  { name: "Rabi'", latin: ['rabi', 'rabie'], arabic: ['ربيع'] },
  { name: 'Basil', latin: ['basil', 'bassel'], arabic: ['باسل'] },
  { name: 'Safwan', latin: ['safwan'], arabic: ['صفوان'] },
  { name: 'Sufyan', latin: ['sufyan', 'sofian', 'soufiane', 'sufian'], arabic: ['سفيان'] },
  { name: 'Taysir', latin: ['taysir', 'tayseer'], arabic: ['تيسير'] },
  { name: 'Faris', latin: ['faris', 'fares'], arabic: ['فارس'] },
  { name: 'Harith', latin: ['harith', 'hareth'], arabic: ['حارث'] },
  // Since 1.112.0: the same sweep over 100 common names of Afghanistan and Pakistan, as written there:
  // Nazir (Nasir, Wazir), Nawaz and Niaz, Zakir (Shakir, Zahir), Shahid (Saeed, Shah,
  // Waheed), Ikram (Karim, Akram), Qadir and Kabir, Akbar, Sabir, Tahir (Zahir), Hikmat (Hakim),
  // Rafiq and Shafiq, Naqib (Najib), Mir (Omar), Jan and Khan: 0.76-0.90 a pair before. Not Qadeer
  // (قدير), which some write for Qadir; nor Nazar (نظر), which the UN writes Nazir (TAi.100,
  // NAZIR MOHAMMAD ABDUL BASIR, alias Nazar Mohammad, نظر محمد): kept apart, three items were lost.
  { name: 'Nazir', latin: ['nazir', 'nazeer', 'nadhir'], arabic: ['نذير', 'نظير'] },
  { name: 'Wazir', latin: ['wazir', 'vazir'], arabic: ['وزير'] },
  { name: 'Nawaz', latin: ['nawaz'], arabic: ['نواز'] },
  { name: 'Niyaz', latin: ['niaz', 'niyaz'], arabic: ['نياز'] },
  { name: 'Zakir', latin: ['zakir', 'zaker', 'dhakir'], arabic: ['ذاكر'] },
  { name: 'Shahid', latin: ['shahid', 'shahed'], arabic: ['شاهد'] },
  { name: 'Ikram', latin: ['ikram', 'ekram'], arabic: ['إكرام'] },
  { name: 'Qadir', latin: ['qadir', 'qader', 'kadir', 'kader'], arabic: ['قادر'] },
  { name: 'Kabir', latin: ['kabir', 'kebir', 'kabeer'], arabic: ['كبير'] },
  { name: 'Akbar', latin: ['akbar'], arabic: ['أكبر'] },
  { name: 'Sabir', latin: ['sabir', 'saber'], arabic: ['صابر'] },
  { name: 'Tahir', latin: ['tahir', 'taher'], arabic: ['طاهر'] },
  { name: 'Hikmat', latin: ['hikmat', 'hekmat', 'hikmet'], arabic: ['حكمت'] },
  { name: 'Rafiq', latin: ['rafiq', 'rafik', 'rafeeq'], arabic: ['رفيق'] },
  { name: 'Shafiq', latin: ['shafiq', 'shafik', 'shafeeq', 'chafik'], arabic: ['شفيق'] },
  { name: 'Naqib', latin: ['naqib', 'naqeeb'], arabic: ['نقيب'] },
  { name: 'Mir', latin: ['mir', 'meer'], arabic: ['مير'] },
  { name: 'Jan', latin: ['jan', 'jaan'], arabic: ['جان'] },
  { name: 'Khan', latin: ['khan'], arabic: ['خان'] },
  // Since 1.114.0: Russian and Caucasus names met at 0.74-0.87 in the same sweep over 60 of them:
  // Aslan, Adlan, Ruslan, Beslan and Islam; Ramzan (the Chechen Ramadan) and Roman; Sultan and
  // Salman; Vasili and Vitali; Anatoli and Anton; Fyodor and Pyotr. Cyrillic is looked up romanised.
  { name: 'Aslan', latin: ['aslan'], arabic: [] },
  { name: 'Adlan', latin: ['adlan'], arabic: [] },
  { name: 'Ruslan', latin: ['ruslan'], arabic: [] },
  { name: 'Beslan', latin: ['beslan'], arabic: [] },
  { name: 'Islam', latin: ['islam'], arabic: ['إسلام'] },
  { name: 'Ramadan', latin: ['ramadan', 'ramazan', 'ramzan', 'ramdane'], arabic: ['رمضان'] },
  { name: 'Roman', latin: ['roman'], arabic: [] },
  { name: 'Sultan', latin: ['sultan', 'soltan'], arabic: ['سلطان'] },
  { name: 'Vasili', latin: ['vasili', 'vasily', 'vasiliy', 'vassili'], arabic: [] },
  { name: 'Vitali', latin: ['vitali', 'vitaly', 'vitaliy'], arabic: [] },
  { name: 'Anatoli', latin: ['anatoli', 'anatoly', 'anatoliy'], arabic: [] },
  { name: 'Anton', latin: ['anton'], arabic: [] },
  { name: 'Fyodor', latin: ['fyodor', 'fedor', 'feodor', 'fiodor'], arabic: [] },
  { name: 'Pyotr', latin: ['pyotr', 'petr', 'piotr', 'peter'], arabic: [] },
  // Since 1.115.0: women's names met at 0.76-0.88 in the same sweep over 45 of them (Rania and Rana,
  // Rima and Reem, Hana and Hanan, Rawan, Aisha and Rasha, Lina, Dina and Lubna, Manal and Mona,
  // Khadija, Ghada, Huda and Nadia, Safiya and Sumayya).
  { name: 'Rania', latin: ['rania', 'ranya'], arabic: ['رانيا'] },
  { name: 'Rana', latin: ['rana'], arabic: ['رنا'] },
  { name: 'Rima', latin: ['rima'], arabic: ['ريما'] },
  { name: 'Reem', latin: ['reem', 'rim'], arabic: ['ريم'] },
  { name: "Hana'", latin: ['hana', 'hanaa'], arabic: ['هناء'] },
  { name: 'Hanan', latin: ['hanan'], arabic: ['حنان'] },
  { name: 'Rawan', latin: ['rawan'], arabic: ['روان'] },
  { name: "'A'isha", latin: ['aisha', 'aicha', 'aysha', 'ayesha'], arabic: ['عائشة'] },
  { name: 'Rasha', latin: ['rasha'], arabic: ['رشا'] },
  { name: 'Lina', latin: ['lina', 'leena'], arabic: ['لينا'] },
  { name: 'Dina', latin: ['dina', 'deena'], arabic: ['دينا'] },
  { name: 'Lubna', latin: ['lubna', 'loubna'], arabic: ['لبنى'] },
  { name: 'Manal', latin: ['manal'], arabic: ['منال'] },
  { name: 'Muna', latin: ['mona', 'muna', 'mouna'], arabic: ['منى'] },
  { name: 'Khadija', latin: ['khadija', 'khadijah', 'khadidja'], arabic: ['خديجة'] },
  { name: 'Ghada', latin: ['ghada'], arabic: ['غادة'] },
  { name: 'Huda', latin: ['huda', 'hoda', 'houda'], arabic: ['هدى'] },
  { name: 'Nadia', latin: ['nadia', 'nadiya', 'nadja'], arabic: ['نادية'] },
  { name: 'Safiya', latin: ['safiya', 'safia', 'safiyya'], arabic: ['صفية'] },
  { name: 'Sumayya', latin: ['sumayya', 'sumaya', 'soumaya', 'sumaiya'], arabic: ['سمية'] },
  // Women's names: the man's name with the ta marbuta, which every romanisation writes (-a, -ah,
  // Turkish -e). The French -e is silent and no ta marbuta: Amine and Karime are men's names.
  { name: 'Amin', latin: ['amin', 'ameen', 'amine', 'emin'], arabic: ['أمين'] },
  { name: 'Amina', latin: ['amina', 'aminah', 'ameena', 'emine'], arabic: ['أمينة'] },
  { name: 'Nabil', latin: ['nabil', 'nabeel', 'nebil'], arabic: ['نبيل'] },
  { name: 'Nabila', latin: ['nabila', 'nabilah', 'nabeela'], arabic: ['نبيلة'] },
  { name: 'Karim', latin: ['karim', 'kareem', 'kerim'], arabic: ['كريم'] },
  { name: 'Karima', latin: ['karima', 'karimah', 'kareema', 'kerime'], arabic: ['كريمة'] },
  { name: 'Jamila', latin: ['jamila', 'jamilah', 'djamila', 'jameela', 'cemile'], arabic: ['جميلة'] },
  { name: 'Aziz', latin: ['aziz', 'azeez'], arabic: ['عزيز'] },
  { name: 'Aziza', latin: ['aziza', 'azizah', 'azize'], arabic: ['عزيزة'] },
  { name: 'Latif', latin: ['latif', 'lateef'], arabic: ['لطيف'] },
  { name: 'Latifa', latin: ['latifa', 'latifah', 'lateefa', 'latife'], arabic: ['لطيفة'] },
  { name: 'Halim', latin: ['halim', 'haleem'], arabic: ['حليم'] },
  { name: 'Halima', latin: ['halima', 'halimah', 'haleema', 'halime'], arabic: ['حليمة'] },
  { name: 'Samir', latin: ['samir', 'sameer'], arabic: ['سمير'] },
  { name: 'Samira', latin: ['samira', 'samirah', 'sameera'], arabic: ['سميرة'] },
  { name: 'Munir', latin: ['munir', 'mounir', 'muneer'], arabic: ['منير'] },
  { name: 'Munira', latin: ['munira', 'mounira', 'munirah'], arabic: ['منيرة'] },
  { name: 'Hamida', latin: ['hamida', 'hamidah', 'hameeda', 'hamide'], arabic: ['حميدة'] },
  { name: 'Rashida', latin: ['rashida', 'rashidah', 'rasheeda'], arabic: ['رشيدة'] },
  { name: 'Salima', latin: ['salima', 'salimah', 'saleema'], arabic: ['سليمة'] },
  { name: 'Khalida', latin: ['khalida', 'khalidah'], arabic: ['خالدة'] },
  { name: "Sa'ida", latin: ['saida', 'saeeda', 'saidah'], arabic: ['سعيدة'] },
];

/**
 * Spellings that stand for two names of the table: the e of a Maghrebi or Levantine spelling may be
 * the a of one or the i of the other, Said is سعيد in the Maghreb and سيد in Egypt, and the Somali
 * Mohamud is محمود written close to Mohamed.
 */
const SHARED: readonly (readonly [string, readonly string[]])[] = [
  ['hamed', ['Hamid', 'Hamad']],
  ['kamel', ['Kamal', 'Kamil']],
  ['jamel', ['Jamal', 'Jamil']],
  ['djamel', ['Jamal', 'Jamil']],
  ['rashed', ['Rashid', 'Rashad']],
  ['rached', ['Rashid', 'Rashad']],
  ['jalel', ['Jalal', 'Jalil']],
  ['said', ["Sa'id", 'Sayyid']],
  ['sayeed', ["Sa'id", 'Sayyid']],
  ['mohamud', ['Muhammad', 'Mahmud']],
  ['fadel', ['Fadil', 'Fadl']],
  // The UN writes Ri'ad for رائد Ra'id (QDi.029: RAED ... HIJAZI, alias Ri’ad ... Hijazi).
  ['riad', ['Riyad', "Ra'id"]],
  // The German and Slavic j writes y: Sajed is also Sayed.
  ['sajid', ['Sajid', 'Sayyid']],
  ['sajed', ['Sajid', 'Sayyid']],
];

/** The table's names, in order. */
export const DISTINCT_NAMES: readonly string[] = NAMES.map((n) => n.name);

/**
 * The lookup, built on first use: each spelling's folded form gives a class, the set of the table's
 * names the spelling may be (class 0: none); apart[a * classes + b] is 1 when classes a and b share
 * no name. Classes rather than bit masks: the table holds more names than an integer has bits.
 */
interface Lookup {
  latin: Map<string, number>;
  arabic: Map<string, number>;
  /** The names of class c, as indexes into DISTINCT_NAMES. */
  sets: number[][];
  apart: Uint8Array;
}

let lookup: Lookup | undefined;

/** Name `name`'s place in the table (a name SHARED gives that the table lacks is a mistake in it). */
function nameIndex(name: string): number {
  const k = DISTINCT_NAMES.indexOf(name);
  if (k < 0) throw new Error(`distinct-names: "${name}" is not a name of the table`);
  return k;
}

/** The folded form of a one-word spelling, as the analysis reads it in a name. */
function folded(spelling: string): string {
  const tokens = analyseName(spelling).tokens;
  if (tokens.length !== 1) throw new Error(`distinct-names: "${spelling}" is not read as one word`);
  return (tokens[0] as { folded: string }).folded;
}

function built(): Lookup {
  if (lookup !== undefined) return lookup;
  // Folded form -> the names it may be (two spellings of different names that fold alike: both).
  const latin = new Map<string, Set<number>>();
  const arabic = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, spelling: string, names: readonly number[]): void => {
    const key = folded(spelling);
    const set = map.get(key) ?? new Set<number>();
    for (const k of names) set.add(k);
    map.set(key, set);
  };
  NAMES.forEach((n, k) => {
    for (const s of n.latin) add(latin, s, [k]);
    for (const s of n.arabic) add(arabic, s, [k]);
  });
  for (const [spelling, names] of SHARED) add(latin, spelling, names.map(nameIndex));
  const sets: number[][] = [[]];
  const classOf = new Map<string, number>();
  const classes = (map: Map<string, Set<number>>): Map<string, number> => {
    const out = new Map<string, number>();
    for (const [key, set] of map) {
      const names = [...set].sort((a, b) => a - b);
      const id = names.join(',');
      let c = classOf.get(id);
      if (c === undefined) {
        c = sets.length;
        sets.push(names);
        classOf.set(id, c);
      }
      out.set(key, c);
    }
    return out;
  };
  const latinClasses = classes(latin);
  const arabicClasses = classes(arabic);
  const n = sets.length;
  const apart = new Uint8Array(n * n);
  for (let a = 1; a < n; a++) {
    for (let b = 1; b < n; b++) {
      const shared = (sets[a] as number[]).some((k) => (sets[b] as number[]).includes(k));
      apart[a * n + b] = shared ? 0 : 1;
    }
  }
  lookup = { latin: latinClasses, arabic: arabicClasses, sets, apart };
  return lookup;
}

/**
 * The class of a token (the set of the table's names it may be) from its folded form and whether it
 * is written in Arabic script; 0 when it is none of them.
 */
export function distinctNameClass(foldedForm: string, abjad: boolean): number {
  const l = built();
  return (abjad ? l.arabic : l.latin).get(foldedForm) ?? 0;
}

/**
 * A number written in a name, alone or as an ordinal (215, 33RD, 71ST: BRANCH 215, 33RD LIGHT
 * INFANTRY DIVISION, LIMITED LIABILITY COMPANY NEW DECISIONS 1), as a class of its own (since
 * 1.128.0): two numbers are two names, as two names of the table are. The OFAC SDN file lists
 * bodies told apart by their number alone, and read as spellings 216 met 215 at similarity 0.67 and
 * weight 10, and each numbered body alerted on its siblings (0.64-0.83). Classes below zero, -1 - n
 * for the number n, kept apart from the table's; numbers of more than nine digits get none.
 */
const NUMBER = /^(\d{1,9})(?:st|nd|rd|th)?$/;

/** The class of a token written `text` if it is a number (see NUMBER), else 0. */
export function numberClass(text: string): number {
  // Asked of every unpaired token of every name pair scored (score.ts unmatchedNamesConflict): a
  // token that starts with no digit is no number, and needs no pattern run.
  const first = text.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return 0;
  const m = NUMBER.exec(text);
  return m === null ? 0 : -1 - Number(m[1]);
}

/** Whether tokens of classes a and b are two different names of the table or two different numbers (never when either is 0). */
export function distinctNamesApart(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false;
  if (a < 0 || b < 0) return a < 0 && b < 0 && a !== b;
  const l = built();
  return l.apart[a * l.sets.length + b] === 1;
}

/** The names class c may be (a number's class: the number), for explanations and tests. */
export function distinctNamesOf(c: number): string[] {
  if (c < 0) return [String(-1 - c)];
  return (built().sets[c] ?? []).map((k) => DISTINCT_NAMES[k] as string);
}
