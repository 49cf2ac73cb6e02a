/**
 * Name-part pools for generating realistic NON-listed names (negatives) and the synthetic
 * million-name benchmark list. Common given and family names per culture, written by hand from
 * everyday usage. Where a culture is written in Arabic or Cyrillic script the pool keeps that form
 * and the Latin spellings are derived or listed beside it, so one draw can be rendered in any of
 * the scripts a real query might use.
 *
 * Format of the Arabic-script pools: "Latin spelling(s)|Arabic". Several Latin spellings are
 * separated by "/" (the first is the most common). A leading "al-" on the Latin side marks a name
 * carried with the article (the Arabic form then starts with ال).
 */

export interface BiName {
  latin: string[];
  arabic: string;
}

function bi(spec: string): BiName[] {
  return spec
    .trim()
    .split(/\n/)
    .flatMap((line) => line.split(';'))
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const [lat, ar] = s.split('|');
      return { latin: (lat as string).split('/').map((x) => x.trim()), arabic: (ar ?? '').trim() };
    });
}

function words(spec: string): string[] {
  return spec.trim().split(/\s+/);
}

// ---------------------------------------------------------------- Arabic (Levantine, Gulf, Egyptian, Iraqi, Maghrebi)
export const ARAB_MALE: BiName[] = bi(`
Mohammed/Mohamed/Muhammad/Mohamad/Mohammad|محمد; Ahmed/Ahmad|أحمد; Ali|علي; Omar/Umar|عمر; Khalid/Khaled|خالد; Hassan/Hasan|حسن
Hussein/Hussain/Husayn|حسين; Youssef/Yousef/Yusuf|يوسف; Ibrahim|إبراهيم; Mahmoud/Mahmood|محمود; Mustafa/Mostafa|مصطفى
Abdullah/Abdallah|عبد الله; Abdulrahman/Abdelrahman|عبد الرحمن; Abdulaziz/Abdelaziz|عبد العزيز; Saeed/Said|سعيد; Tariq/Tarek|طارق
Faisal/Faysal|فيصل; Nasser/Nasir|ناصر; Hamza|حمزة; Bilal|بلال; Karim/Kareem|كريم; Samir/Sameer|سمير; Walid/Waleed|وليد; Fadi|فادي
Rami|رامي; Ziad/Ziyad|زياد; Majid/Majed|ماجد; Sami|سامي; Adel/Adil|عادل; Jamal|جمال; Kamal|كمال; Nabil|نبيل; Hisham/Hicham|هشام
Marwan|مروان; Yasser/Yasir|ياسر; Anas|أنس; Bassam|بسام; Ghassan|غسان; Imad/Emad|عماد; Nizar|نزار; Qasim/Kassem|قاسم
Rashid/Rachid|راشد; Salem/Salim|سالم; Sultan|سلطان; Talal|طلال; Wael|وائل; Yahya|يحيى; Zaid/Zayd|زيد; Fahd/Fahad|فهد
Mansour/Mansur|منصور; Hamad|حمد; Saud|سعود; Turki|تركي; Badr|بدر; Nawaf|نواف; Mishal/Meshal|مشعل; Rakan|راكان; Hazem|حازم
Ayman|أيمن; Tamer|تامر; Sherif/Sharif|شريف; Hany/Hani|هاني; Mounir/Munir|منير; Driss/Idris|إدريس; Mehdi/Mahdi|مهدي
Younes/Yunus|يونس; Abdelkader/Abdulqadir|عبد القادر; Amine/Amin|أمين; Redouane/Ridwan|رضوان; Mourad/Murad|مراد
Noureddine/Nour al-Din|نور الدين; Salah|صلاح; Fouad/Fuad|فؤاد; Riad/Riyad|رياض; Ammar|عمار; Suhail/Souhail|سهيل; Louay|لؤي
Ismail|إسماعيل; Issa/Isa|عيسى; Moussa/Musa|موسى; Jaber/Jabir|جابر; Jihad|جهاد; Raed|رائد; Samer|سامر; Shadi|شادي; Tawfiq/Toufik|توفيق
Hatem|حاتم; Iyad/Eyad|إياد; Osama/Usama|أسامة; Mazen|مازن; Nader|نادر; Nidal|نضال; Raafat|رأفت; Saleh/Salih|صالح; Wassim|وسيم
Zakaria/Zakariya|زكريا; Anwar|أنور; Bashar|بشار; Fares/Faris|فارس; Ghazi|غازي; Hamdi|حمدي; Jalal|جلال; Khalil|خليل; Luay|لؤي
Maher|ماهر; Nasr|نصر; Omran/Imran|عمران; Qais/Kais|قيس; Rabih|ربيع; Safwan|صفوان; Thamer|ثامر; Wajdi|وجدي; Yazan|يزن; Zuhair|زهير
`);

export const ARAB_FEMALE: BiName[] = bi(`
Fatima/Fatma|فاطمة; Aisha/Aicha|عائشة; Maryam/Mariam|مريم; Khadija|خديجة; Zainab/Zeinab|زينب; Noura/Nora|نورة; Layla/Leila|ليلى
Salma|سلمى; Huda/Houda|هدى; Rania|رانيا; Yasmin/Yasmine|ياسمين; Hana|هناء; Amal|أمل; Samira|سميرة; Nadia|نادية; Reem/Rim|ريم
Lina|لينا; Dalia|داليا; Asma|أسماء; Souad/Suad|سعاد; Latifa|لطيفة; Naima|نعيمة; Malak|ملاك; Sara/Sarah|سارة; Mona/Muna|منى
Ghada|غادة; Widad|وداد; Jamila|جميلة; Karima|كريمة; Hind|هند; Rasha|رشا; Dina|دينا; Nour|نور; Heba|هبة; Iman|إيمان
`);

export const ARAB_FAMILY: BiName[] = bi(`
Haddad|حداد; Khoury/Khouri|خوري; Hamdan|حمدان; Najjar|نجار; al-Masri/el-Masry|المصري; al-Halabi|الحلبي; al-Shami|الشامي
al-Tamimi|التميمي; al-Otaibi|العتيبي; al-Shammari|الشمري; al-Dosari/al-Dossary|الدوسري; al-Ghamdi|الغامدي; al-Mutairi|المطيري
al-Anzi|العنزي; al-Kuwari|الكواري; al-Suwaidi|السويدي; al-Mazrouei|المزروعي; al-Kaabi|الكعبي; Darwish|درويش; Barakat|بركات
al-Sabbagh|الصباغ; al-Attar|العطار; Kassab|قصاب; al-Bitar|البيطار; Hijazi/Hegazy|حجازي; al-Zoubi|الزعبي; al-Rifai|الرفاعي
Obeidat|عبيدات; al-Tarawneh|الطراونة; al-Majali|المجالي; Farouk|فاروق; Benali/Ben Ali|بن علي; Belkacem|بلقاسم
Benjelloun|بنجلون; Chraibi|الشرايبي; Alaoui|العلوي; Idrissi|الإدريسي; Tazi|التازي; el-Fassi|الفاسي; Berrada|برادة; Bennani|بناني
Ouazzani|الوزاني; Trabelsi|الطرابلسي; Jebali|الجبالي; Gharbi|الغربي; Boudiaf|بوضياف; Mahjoub|محجوب; Ghanem|غانم
Fakhoury|فاخوري; Sarraf|صراف; al-Dabbagh|الدباغ; al-Jundi|الجندي; Nashashibi|النشاشيبي; Saadeh|سعادة; Mikati|ميقاتي
Haidar/Haydar|حيدر; Shaheen/Chahine|شاهين; Aoun|عون; Frangieh|فرنجية; Bustani|البستاني; Karam|كرم; Nassar|نصار; Zaher|ظاهر
Qabbani/Kabbani|قباني; Atassi|الأتاسي; Jabri|الجابري; Mardini|مارديني; Sweidan|سويدان; Abu Zaid|أبو زيد; Abu Khalil|أبو خليل
Shehadeh|شحادة; Awad|عوض; Sabri|صبري; Hamouda|حمودة; Fathallah|فتح الله; Radwan|رضوان; Mahfouz|محفوظ; Zaki|زكي; Lotfi|لطفي
Shalaby|شلبي; Badawi|بدوي; Naguib|نجيب; Ghoneim|غنيم; Selim|سليم; Abdel Nour|عبد النور; Mattar|مطر; Hourani|الحوراني
al-Khatib|الخطيب; al-Sharif|الشريف; al-Amin|الأمين; al-Hakim|الحكيم; al-Naqib|النقيب; al-Qadi|القاضي; al-Mufti|المفتي
`);

// ---------------------------------------------------------------- Pashto / Dari (Afghanistan, Pakistan)
export const AFGHAN_MALE: BiName[] = bi(`
Gul Ahmad|گل احمد; Zalmai|زلمی; Wali|ولی; Habib|حبیب; Rahim|رحیم; Zabihullah|ذبیح الله; Rahmatullah|رحمت الله
Najibullah|نجیب الله; Samiullah|سمیع الله; Ehsanullah|احسان الله; Asadullah|اسدالله; Shafiqullah|شفیق الله; Hamidullah|حمیدالله
Mirwais|میرویس; Ahmad|احمد; Farid|فرید; Jawed/Javed|جاوید; Naweed/Navid|نوید; Sohrab|سهراب; Rustam|رستم; Baryalai|بریالی
Daud/Dawood|داود; Ghulam|غلام; Haroon/Harun|هارون; Mansoor|منصور; Nasir|ناصر; Obaid|عبید; Qadir|قادر; Rafiq|رفیق; Wahid|وحید
Yama|یما; Zia|ضیا; Ajmal|اجمل; Bashir|بشیر; Fawad|فواد; Hamed|حامد; Jamshid|جمشید; Khushal|خوشحال; Latif|لطیف
Massoud/Masud|مسعود; Nazir|نذیر; Omid|امید; Parwiz/Parviz|پرویز; Qais|قیس; Sayed/Syed|سید; Shams|شمس; Matiullah|مطیع الله
Sharif|شریف; Tamim|تمیم; Wakil|وکیل; Yousuf|یوسف; Zaher|ظاهر; Esmatullah|عصمت الله; Fazel|فاضل; Hafizullah|حفیظ الله
`);

export const AFGHAN_FAMILY: BiName[] = bi(`
Ahmadzai|احمدزی; Popalzai|پوپلزی; Barakzai|بارکزی; Durrani|درانی; Mohmand|مهمند; Afridi|آفریدی; Yousafzai|یوسفزی; Khan|خان
Shinwari|شینواری; Safi|صافی; Niazi|نیازی; Wardak|وردک; Sultani|سلطانی; Hotak|هوتک; Achakzai|اچکزی; Noorzai|نورزی
Alokozai|علیکوزی; Kakar|کاکړ; Amiri|امیری; Rahimi|رحیمی; Hashimi|هاشمی; Haidari|حیدری; Sadat|سادات; Qaderi|قادری
Jalali|جلالی; Rasuli|رسولی; Azizi|عزیزی; Habibi|حبیبی; Nazari|نظری; Samadi|صمدی; Osmani|عثمانی; Mohammadi|محمدی
Ahmadi|احمدی; Karimi|کریمی; Sahak|ساهک; Zazai|ځاځی; Mangal|منگل; Tanai|تڼی; Jaji|جاجی; Momand|مومند; Yaftali|یفتلی
Panjshiri|پنجشیری; Kohistani|کوهستانی; Nuristani|نورستانی; Badakhshi|بدخشی; Faryabi|فاریابی; Herawi|هروی; Balkhi|بلخی
`);

// ---------------------------------------------------------------- Somali (Latin script)
export const SOMALI_MALE = words(`
Abdi Abdirahman Abdullahi Ahmed Ali Aden Bashir Farah Hassan Hussein Ibrahim Ismail Liban Mohamed Mohamud Mukhtar Nur
Omar Osman Said Sharif Yusuf Abdiaziz Abdikarim Abdiqani Abdirashid Abdiweli Awil Bile Dahir Duale Elmi Geedi Hirsi Jama
Jibril Kahin Muse Roble Samatar Warsame Yasin Guled Egal Gure Mahad Shire Abshir Daud Ilyas Khalif Sahal Siyad Timacade
`);
export const SOMALI_FEMALE = words(`
Hodan Hawa Ayaan Amina Faduma Khadra Sahra Ubah Ifrah Ruqiya Deeqa Nimco Hibaaq Sagal Maryan Ladan Filsan Idil Nasra Safiya
`);

// ---------------------------------------------------------------- Russian, Ukrainian, Chechen (Cyrillic)
export const RU_MALE = words(`
Александр Алексей Андрей Антон Артём Борис Вадим Валерий Василий Виктор Владимир Владислав Геннадий Георгий Григорий Денис
Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Леонид Максим Михаил Никита Николай Олег Павел Пётр Роман Руслан
Сергей Станислав Степан Тимур Фёдор Юрий Ярослав Аркадий Вячеслав Глеб Даниил Захар Лев Матвей Семён Эдуард
`);
export const RU_FEMALE = words(`
Анна Анастасия Валентина Вера Галина Дарья Екатерина Елена Ирина Ксения Людмила Марина Мария Надежда Наталья Нина Ольга
Полина Светлана Татьяна Юлия Алёна Виктория Евгения Зоя Лариса Любовь Оксана Софья Тамара
`);
export const RU_FAMILY = words(`
Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров
Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов
Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв
Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов
Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев
Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов Родионов Коновалов Лазарев
Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков
Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев
Акимов Кондратьев Бирюков Горбунов Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов
Прокофьев Харитонов Князев Цветков Левин Митрофанов Воронов Аксёнов Мальцев Логинов Горшков Савин Краснов Майоров Демидов
Елисеев Рыбаков Сафонов Плотников Дёмин Хохлов Жданов Носков Лаптев Ершов Шубин Кулагин Зуев Дьяков Островский Вишневский
`);
/** Russian patronymics for a subset of RU_MALE: [father's name, male patronymic, female patronymic]. */
export const RU_PATRONYMIC: [string, string, string][] = [
  ['Александр', 'Александрович', 'Александровна'], ['Алексей', 'Алексеевич', 'Алексеевна'], ['Андрей', 'Андреевич', 'Андреевна'],
  ['Борис', 'Борисович', 'Борисовна'], ['Василий', 'Васильевич', 'Васильевна'], ['Виктор', 'Викторович', 'Викторовна'],
  ['Владимир', 'Владимирович', 'Владимировна'], ['Геннадий', 'Геннадьевич', 'Геннадьевна'], ['Георгий', 'Георгиевич', 'Георгиевна'],
  ['Григорий', 'Григорьевич', 'Григорьевна'], ['Дмитрий', 'Дмитриевич', 'Дмитриевна'], ['Евгений', 'Евгеньевич', 'Евгеньевна'],
  ['Иван', 'Иванович', 'Ивановна'], ['Игорь', 'Игоревич', 'Игоревна'], ['Илья', 'Ильич', 'Ильинична'],
  ['Константин', 'Константинович', 'Константиновна'], ['Леонид', 'Леонидович', 'Леонидовна'], ['Михаил', 'Михайлович', 'Михайловна'],
  ['Николай', 'Николаевич', 'Николаевна'], ['Олег', 'Олегович', 'Олеговна'], ['Павел', 'Павлович', 'Павловна'],
  ['Пётр', 'Петрович', 'Петровна'], ['Роман', 'Романович', 'Романовна'], ['Сергей', 'Сергеевич', 'Сергеевна'],
  ['Юрий', 'Юрьевич', 'Юрьевна'], ['Анатолий', 'Анатольевич', 'Анатольевна'], ['Валерий', 'Валерьевич', 'Валерьевна'],
  ['Вячеслав', 'Вячеславович', 'Вячеславовна'], ['Станислав', 'Станиславович', 'Станиславовна'], ['Фёдор', 'Фёдорович', 'Фёдоровна'],
];

export const UA_MALE = words(`
Олександр Андрій Богдан Василь Віктор Володимир Дмитро Іван Михайло Микола Олег Петро Сергій Тарас Юрій Ярослав Остап Назар
Максим Роман Степан Григорій Євген Ігор Орест Святослав Віталій Анатолій
`);
export const UA_FEMALE = words(`
Олена Оксана Ірина Наталія Тетяна Юлія Марія Ганна Катерина Людмила Світлана Соломія Галина Дарина Ярина Леся
`);
export const UA_FAMILY = words(`
Шевченко Коваленко Бондаренко Ткаченко Кравченко Олійник Шевчук Коваль Поліщук Бондар Ткачук Мороз Марченко Лисенко Руденко
Савченко Петренко Кравчук Клименко Павленко Мельник Гончаренко Левченко Литвиненко Кузьменко Харченко Сидоренко Карпенко
Романенко Гнатюк Савчук Мартинюк Бойко Кушнір Дячук Костенко Прокопенко Зінченко Онищенко Гуменюк Ковальчук Пономаренко
Остапчук Білик Захарченко Панченко Дорошенко Мазур Головко
`);

export const CHECHEN_MALE = words(`
Ахмед Адам Аслан Абубакар Алихан Апти Бислан Бекхан Хамзат Ислам Магомед Муса Рамзан Руслан Султан Тамерлан Умар Шамиль
Хасан Хусейн Иса Зелимхан Ризван Лечи Висита Вахид Мовсар Заур Турпал Ильяс Юсуп Джабраил Ибрагим Мурад Салман Супьян Аюб
Беслан Даут Имран Мансур Микаил Нохчо Саид Сулейман Хаваж Хизир Эли Якуб
`);
export const CHECHEN_FAMILY = words(`
Абдулаев Ахмадов Бисултанов Вахаев Гайрбеков Даудов Идрисов Магомадов Мусаев Хасанов Цуев Эльмурзаев Ясаев Бакаев Гериханов
Дадаев Заурбеков Мациев Солтаев Тагаев Хамзатов Шамилев Юсупов Батаев Мамакаев Сайдулаев Абубакаров Межидов Израилов Эдилов
Алханов Байсаров Висаитов Дениев Ильясов Кагерманов Лорсанов Муцаев Нунаев Осмаев Сугаипов Тепсуркаев Умхаев Хучиев Чабаев
`);

// ---------------------------------------------------------------- Indonesian
export const INDONESIAN_MALE = words(`
Budi Agus Ahmad Andi Arief Bambang Dedi Eko Fajar Hendra Indra Joko Muhammad Nur Rizki Sugeng Sutrisno Taufik Teguh Wahyu Yudi
Yusuf Rahmat Hadi Irfan Agung Bayu Dimas Gilang Hasan Ilham Imam Slamet Heru Dwi Tri Rudi Firman Yoga Aditya Reza Arif
`);
export const INDONESIAN_FEMALE = words(`
Dewi Lestari Putri Siti Sri Dian Ratna Wulan Ayu Fitri Nurul Rina Indah Kartika Maya Novi Sinta Yuliana Wati Endang
`);
export const INDONESIAN_FAMILY = words(`
Santoso Wijaya Saputra Hidayat Susanto Pratama Setiawan Nugroho Kusuma Gunawan Purnomo Siregar Nasution Harahap Lubis
Simanjuntak Hutapea Sitompul Wibowo Halim Salim Permana Hakim Firmansyah Ramadhan Kurniawan Syahputra Hasibuan Effendi
Suryadi Sulistyo Utomo Prasetyo Hartono Mulyadi Rachman Sudirman Irawan Wahyudi Hermawan Suharjo Tanjung Pane Simatupang
`);

// ---------------------------------------------------------------- West African (Sahel, Senegal, Nigeria, Ghana)
export const WEST_AFRICAN_MALE = words(`
Amadou Mamadou Ousmane Ibrahima Abdoulaye Moussa Seydou Boubacar Souleymane Cheikh Modou Lamine Alassane Adama Bakary Issa
Yacouba Oumar Idrissa Aliou Chukwuemeka Oluwaseun Adebayo Emeka Ifeanyi Chinedu Babajide Tunde Segun Musa Abubakar Aliyu
Sani Bello Kabiru Nasiru Umaru Kwame Kofi Kwabena Yaw Kojo Sekou Mory Lassana Demba Samba Malick Pape Tidiane
`);
export const WEST_AFRICAN_FEMALE = words(`
Fatoumata Aminata Mariama Awa Kadiatou Aissatou Ramatoulaye Ngozi Chioma Funmilayo Ama Akosua Adjoa Binta Coumba Khady
Ndeye Oumou Rokia Salimata Yetunde Folake Abena Efua
`);
export const WEST_AFRICAN_FAMILY = words(`
Diallo Traoré Coulibaly Keita Konaté Camara Touré Sow Ndiaye Diop Fall Sylla Cissé Koné Ouattara Sangaré Diarra Kouyaté
Sissoko Dembélé Barry Bah Baldé Okafor Okonkwo Adeyemi Olawale Eze Nwosu Obi Danjuma Usman Mensah Owusu Boateng Asante
Osei Agyeman Appiah Ogunleye Adewale Nnamdi Chukwu Gueye Seck Mbaye Faye Sarr Thiam Niang Kaboré Ouédraogo Sawadogo Zongo
`);

// ---------------------------------------------------------------- European
export const EUROPEAN_MALE = words(`
James John Robert Michael William David Richard Thomas Mark Paul Peter Andrew George Henry Pierre Jean Jacques Philippe
Nicolas François Étienne Hans Klaus Jürgen Stefan Wolfgang Uwe Jörg Jan Pieter Carlos José Javier Miguel Juan Giuseppe
Marco Luca Alessandro Piotr Krzysztof Tomasz Lars Erik Björn Matthias Sebastian Antoine Julien Diego Pablo Matteo Lorenzo
`);
export const EUROPEAN_FEMALE = words(`
Sarah Emma Laura Anna Claire Julia Sophie Maria Céline Hélène Isabelle Katrin Ursula Lucía Carmen Giulia Francesca Agnieszka
Małgorzata Ingrid Charlotte Elisabeth Marta Chiara Ana Margot Astrid Eva Lotte Beatriz
`);
export const EUROPEAN_FAMILY = words(`
Smith Johnson Brown Taylor Wilson Davies Evans Roberts Walker Wright Thompson White Hughes Edwards Green Hall Wood Harris
Martin Bernard Dubois Durand Lefebvre Moreau Laurent Michel Garcia Rodríguez Martínez López González Fernández Sánchez
Pérez Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker
Schulz Hoffmann Koch Schäfer Jansen Bakker Visser Nowak Kowalski Wiśniewski Wójcik Kowalczyk Andersson Johansson Karlsson
Nilsson Larsen Hansen Jensen Nielsen Fontaine Mercier Girard Bonnet Lambert Marino Greco Bruno Gallo Conti Weiß Krüger
`);
/** European family names written in two words. */
export const EUROPEAN_FAMILY_MULTI = ['van den Berg', 'de Vries', 'van Dijk', 'de Jong', 'da Silva', 'dos Santos', 'de la Cruz', 'von Weber'];

// ---------------------------------------------------------------- Organisations
export const ORG_NAMES_LATIN = words(`
Noor Amal Safa Rayan Fajr Waha Nakheel Sahara Atlas Nile Tigris Crescent Cedar Falcon Oasis Marina Delta Pioneer Summit Unity
Continental Meridian Orion Phoenix Sunrise Horizon Dune Jasmine Palm Pearl Emerald Sapphire Zenith Anchor Harbor Caspian Volga
Baltic Siberian Altai Ural Danube Alpine Nordic Atlantic Pacific Sahel Savanna Zambezi Mekong Sumatra Java Borneo Andes
Aurora Polaris Vega Sirius Titan Everest Olympus Kestrel Condor Heron Lotus Magnolia Cypress Juniper Granite Cobalt Silverline
`);
export const ORG_ADJECTIVES = words(`
Golden Blue Green Northern Southern Eastern Western Royal Grand Global United International National Modern Advanced Prime
First Silver Bright New Great Central Coastal Desert Mountain Ocean River Star
`);
export const ORG_ACTIVITIES = [
  'Trading', 'General Trading', 'Import Export', 'Logistics', 'Shipping', 'Construction', 'Contracting', 'Engineering', 'Textiles',
  'Foods', 'Agro Industries', 'Travel and Tourism', 'Holdings', 'Investments', 'Real Estate', 'Pharmaceuticals', 'Medical Supplies',
  'Electronics', 'Auto Parts', 'Petroleum Services', 'Energy', 'Telecom', 'Software', 'Consulting', 'Printing', 'Furniture',
  'Marble', 'Cement', 'Steel', 'Plastics', 'Fisheries', 'Dairy', 'Bakeries', 'Transport', 'Freight', 'Security Services',
  'Education Services', 'Cargo', 'Packaging', 'Hotels', 'Catering', 'Agricultural Machinery', 'Water Technologies',
];
export const ORG_LEGAL_FORMS = ['LLC', 'Ltd', 'Limited', 'Co.', 'Company', 'Co. Ltd', 'GmbH', 'SARL', 'SA', 'FZE', 'FZCO', 'JSC', 'PLC', 'Inc.', 'Corp.', 'BV', 'AG', 'S.p.A.', 'Sdn Bhd', 'LLP'];

export const ORG_RU_PREFIX = ['ООО', 'АО', 'ЗАО', 'ПАО', 'ОАО'];
export const ORG_RU_ADJ = words(`
Северный Южный Восточный Западный Центральный Балтийский Уральский Сибирский Волжский Новый Первый Торговый Промышленный
Региональный Технический Морской Городской Донской Енисейский Камский Приморский
`);
export const ORG_RU_NOUN = words(`
Транзит Альянс Капитал Ресурс Терминал Флот Маркет Сервис Торг Инвест Проект Комбинат Холдинг Союз Экспресс Дом Стандарт Партнёр
`);

export const ORG_AR_TYPE = ['شركة', 'مؤسسة', 'مجموعة', 'مكتب'];
export const ORG_AR_NAME = ['النور', 'الأمل', 'الصفا', 'الريان', 'الفجر', 'الواحة', 'النخيل', 'الصحراء', 'الأطلس', 'النيل', 'الهلال', 'اللؤلؤة', 'الزمرد', 'الأرز', 'الصقر', 'الياسمين', 'الشروق', 'الأفق', 'المنارة', 'الخليج', 'الرافدين', 'الوادي', 'السلام', 'الرواد'];
export const ORG_AR_ACTIVITY = ['للتجارة العامة', 'للمقاولات', 'للنقل', 'للاستيراد والتصدير', 'للصناعات الغذائية', 'للاستثمار العقاري', 'للأدوية', 'للإلكترونيات', 'للسياحة والسفر', 'للخدمات النفطية', 'للشحن', 'للطباعة والنشر', 'للأثاث', 'للحديد والصلب', 'للمواد الغذائية'];
export const ORG_AR_SUFFIX = ['', '', 'المحدودة', 'ذ.م.م'];
