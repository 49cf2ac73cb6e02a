/**
 * Latin spellings of common Arabic (and Arabic-script Pashto/Dari) name words -> their Arabic-script
 * form, used to render listed Latin names in Arabic script. A name is rendered only when every one
 * of its words is in this table: a word we cannot write faithfully makes the whole name unrenderable,
 * so an item never carries a made-up Arabic spelling. Entries were written by hand from standard
 * spellings; each line is "arabic: latin variants".
 */
const TABLE = `
محمد: mohammed muhammad mohammad mohamed mohamad muhammed mouhamad muhamad mohd mohamud maxamed mahamat
أحمد: ahmed ahmad ahmet achmad
علي: ali aly
عمر: omar umar oumar omer
عثمان: osman othman uthman usman outhman
حسن: hassan hasan hasen
حسين: hussein husayn hussain husain hussien hossein hosein hosain husseini
إبراهيم: ibrahim ebrahim ibraheem brahim
عبد الله: abdullah abdallah abdellah abdulla abdalla abdoullah
عبد الرحمن: abdulrahman abdelrahman abdurrahman abdurahman abdalrahman abderrahmane abdirahman
عبد العزيز: abdulaziz abdelaziz abdalaziz abdiaziz
عبد الكريم: abdulkarim abdelkarim abdalkarim abdikarim
عبد الرحيم: abdulrahim abdelrahim abdurrahim abdalrahim
عبد الرزاق: abdulrazzaq abdelrazzak abdurrazzaq abdulrazaq
عبد الحكيم: abdulhakim abdelhakim abdalhakim
عبد الحميد: abdulhamid abdelhamid abdalhamid
عبد القادر: abdulqadir abdelkader abdulkadir abdalqadir
عبد الستار: abdulsattar abdelsattar abdalsattar
عبد اللطيف: abdullatif abdellatif abdallatif
عبد الهادي: abdulhadi abdelhadi abdalhadi
عبد الناصر: abdulnasser abdelnasser abdalnasir
عبد المجيد: abdulmajid abdelmajid abdalmajid
عبد الملك: abdulmalik abdelmalek abdalmalik
عبد الباقي: abdulbaqi abdelbaki abdalbaqi
عبد الغني: abdulghani abdelghani abdiqani
عبد الوهاب: abdulwahab abdelwahab abdalwahhab
عبد السلام: abdulsalam abdessalam abdelsalam abdussalam
عبد الجبار: abduljabbar abdeljabbar
عبد الحليم: abdulhalim abdelhalim
عبد: abd abdul abdel abdal abdu abdi
أبو: abu abou abo
أم: umm um oum
بن: bin ben ibn
بنت: bint
يوسف: yusuf yousef youssef yousuf yusef joseph yosef
يونس: yunus younis younes younous yunos
يحيى: yahya yahia yehia
يعقوب: yaqub yacoub yakub
يزيد: yazid yazeed
ياسر: yasser yasir yaser
ياسين: yassin yasin yaseen yassine
خالد: khalid khaled khaleed
خليل: khalil khaleel
خلف: khalaf
خلفان: khalfan
سعيد: saeed said saied saeid
سعد: saad sa'd
سالم: salem salim saleem
سليم: selim
سلمان: salman
سليمان: suleiman sulaiman sulayman soleiman suleyman
صالح: saleh salih saleh
صلاح: salah salaheddine
طارق: tariq tarek tarik
طه: taha
طاهر: tahir taher
ماجد: majid majed
مالك: malik malek
محمود: mahmoud mahmood mahmud
مصطفى: mustafa mostafa moustafa mustapha
موسى: musa moussa mousa
منصور: mansour mansur mansoor
مراد: murad mourad
ناصر: nasser nasir naser
نبيل: nabil
نور: nur noor nour
هشام: hisham hicham
وليد: walid waleed
زيد: zaid zayd zeid
زياد: ziad ziyad
حمزة: hamza hamzah
حامد: hamed hamid
حميد: hameed
حمد: hamad
حمدان: hamdan
فيصل: faisal faysal feisal
فهد: fahd fahad
فؤاد: fuad fouad
فاروق: farouk farooq faruq
فتحي: fathi fathy
فرج: faraj farag
جمال: jamal gamal djamel
جابر: jaber jabir
جعفر: jafar jaafar
جبريل: jibril jibreel gibril
جلال: jalal
كمال: kamal kamel
كريم: karim kareem
قاسم: qasim qasem kasim ghasem
أمين: amin amine ameen
أمير: amir ameer
أنس: anas
أنور: anwar
أيمن: ayman aiman
أسامة: usama osama ousama
إسماعيل: ismail ismael esmail
إدريس: idris idriss driss
إلياس: ilyas elias
إياد: iyad eyad
عادل: adel adil
عزيز: aziz
عزام: azzam
عماد: imad emad
عمار: ammar
عوض: awad
عيسى: isa issa eisa
عباس: abbas
عبيدة: ubaidah ubaida obaida
آدم: adam
بكر: bakr bakar
بلال: bilal
بشير: bashir basheer
بدر: badr
بسام: bassam
تركي: turki
تميم: tamim
ثامر: thamer thamir
راشد: rashid rached rasheed
رشيد: rachid
رضا: reza rida ridha
رحمن: rahman rehman
رحيم: rahim raheem
رياض: riad riyad
زكريا: zakariya zakaria zakariya
شريف: sharif sherif shariff
شاكر: shakir shaker
صدام: saddam
ضياء: zia diya dhiya
عاطف: atef atif
عارف: arif aref
غسان: ghassan
غالب: ghalib ghaleb
فارس: faris fares
لطيف: latif
مبارك: mubarak
مجيد: majeed
مختار: mukhtar mokhtar mochtar
مروان: marwan
معاذ: muadh moaz
منير: munir mounir
مهدي: mahdi mehdi
نايف: nayef naif
نزار: nizar
هادي: hadi
هاني: hani hany
هارون: harun haroon haroun
وائل: wael wail
وحيد: wahid waheed
يسري: yusri yousri
داود: dawood daud dawud daoud
سيف: saif sayf seif
الدين: din deen eddine uddin
الله: allah ullah
شيخ: sheikh shaykh shaikh
حافظ: hafiz hafez
حاجي: haji hajji
ملا: mullah mulla
سيد: sayed syed sayyid
بغدادي: baghdadi
مصري: masri misri
شامي: shami
عراقي: iraqi
ليبي: libi
سوري: suri
يمني: yemeni
كويتي: kuwaiti
قطري: qatari
تونسي: tunisi
جزائري: jazairi
مغربي: maghribi
أردني: urduni
فلسطيني: filistini
أنصاري: ansari
أفغاني: afghani
زرقاوي: zarqawi
ظواهري: zawahiri dhawahiri
قحطاني: qahtani
عتيبي: otaibi utaybi
شمري: shammari
دوسري: dosari dawsari
حربي: harbi
غامدي: ghamdi
زهراني: zahrani
عنزي: anzi
مطيري: mutairi
عجمي: ajmi
حارثي: harithi
كبيسي: kubaysi kubaisi
جبوري: jaburi jubouri
دليمي: dulaimi dulaymi
تكريتي: tikriti
راوي: rawi
عبيدي: ubaydi obeidi ubaidi
عاني: ani
نعيمي: nuaimi nuaymi
كعبي: kaabi
تميمي: tamimi
هاشمي: hashimi hashemi
حسيني: husseini husayni
صومالي: somali
سوداني: sudani
شيشاني: shishani
لادن: laden ladin
عدل: adl
رمضان: ramadan ramzan
محسن: mohsen muhsin
أكبر: akbar
زبير: zubair zubayr
شهاب: shihab
بهاء: bahaa
نجيب: najib
نصر: nasr
عوني: awni
حبيب: habib
غازي: ghazi
منذر: munther mundhir
معتز: moataz mutaz
رامي: rami
سامي: sami
تامر: tamer tamir
حازم: hazem hazim
كاظم: kazem kadhim
`;

export const LATIN_TO_ARABIC: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of TABLE.split('\n')) {
    const i = line.indexOf(':');
    if (i < 0) continue;
    const arabic = line.slice(0, i).trim();
    for (const latin of line.slice(i + 1).trim().split(/\s+/)) if (latin !== '' && !map.has(latin)) map.set(latin, arabic);
  }
  return map;
})();

/** Words that stand for the Arabic article on their own or as a prefix ("al-Baghdadi", "al Baghdadi"). */
const ARTICLES = new Set(['al', 'el', 'ul', 'as', 'ash', 'ad', 'ar', 'az', 'at', 'an', 'ath']);

function lookup(word: string): string | undefined {
  return LATIN_TO_ARABIC.get(word);
}

/**
 * Renders a Latin-script Arabic name in Arabic script, or undefined when a word is not in the table.
 * "al-X" and "al X" become "الX"; a nisba in the table (written without the article, e.g. بغدادي)
 * gets the article then. Words are matched without case, marks, apostrophes or hyphens.
 */
export function renderArabic(name: string): string | undefined {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʿʾ.]/g, '')
    .split(/[\s,]+/)
    .filter((w) => w !== '');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let word = words[i] as string;
    let article = false;
    const dash = /^([a-z]+)-(.+)$/.exec(word);
    if (dash && ARTICLES.has(dash[1] as string)) {
      article = true;
      word = dash[2] as string;
    } else if (ARTICLES.has(word) && i + 1 < words.length) {
      article = true;
      word = words[++i] as string;
    }
    if (word.includes('-')) return undefined;
    const arabic = lookup(word);
    if (arabic === undefined) return undefined;
    // "abd al-rahman" written apart: عبد + الرحمن. Words that already carry the article keep it.
    out.push(article && !arabic.startsWith('ال') ? `ال${arabic}` : arabic);
  }
  return out.length > 0 ? out.join(' ') : undefined;
}
