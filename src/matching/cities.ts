/**
 * Cities firms are named after, as places (since 1.124.0; countries.ts isPlaceName asks this set
 * beside countries, territories and regions): NIOC INTERNATIONAL AFFAIRS (LONDON) LIMITED and COSCO
 * SHIPPING TANKER (DALIAN) SEAMAN AND SHIP MANAGEMENT CO., LTD. (OFAC SDN, 2024-05-03) say where the
 * firm is, as AL-HARAMAIN FOUNDATION (PAKISTAN) does; up to 1.123.0 the city in parentheses was a
 * name of its own, and on that list a counterparty "London" alerted at 0.89, "London Trading
 * Company" at 0.79. In an organisation's name a city is a place's word too (place-words.ts): it
 * tells a group's branches apart (ANSAR AL CHARIA BENGHAZI, ANSAR AL CHARIA DERNA), and a firm of
 * the city does not meet a listed body by the city alone.
 *
 * The ports, commercial centres and capitals of the trade the lists police (the Gulf's and the
 * Levant's, the routes of oil, shipping and money transfer, the conflict zones), in their common
 * English spellings, written for this project. Left out on purpose: cities whose name is a given
 * name or a word of a listed group's own name (Riyadh: Riyadh-as-Saliheen, QDe.100; Medina, Mecca),
 * and English words (Male, Canton).
 */
export const CITIES: ReadonlySet<string> = new Set([
  // Europe
  'london', 'paris', 'geneva', 'zurich', 'frankfurt', 'hamburg', 'vienna', 'rotterdam', 'amsterdam', 'antwerp', 'brussels',
  'milan', 'madrid', 'barcelona', 'athens', 'piraeus', 'limassol', 'nicosia', 'larnaca', 'valletta', 'istanbul', 'ankara', 'mersin',
  'izmir', 'moscow', 'saint petersburg', 'st petersburg', 'minsk', 'kiev', 'kyiv', 'odessa', 'odesa', 'riga', 'tallinn', 'vilnius',
  // Caucasus and Central Asia
  'almaty', 'astana', 'tashkent', 'bishkek', 'dushanbe', 'ashgabat', 'baku', 'tbilisi', 'yerevan',
  // The Gulf and the Arabian Peninsula
  'dubai', 'sharjah', 'abu dhabi', 'ajman', 'fujairah', 'ras al khaimah', 'doha', 'manama', 'muscat', 'salalah', 'kuwait city',
  'jeddah', 'dammam', 'aden', 'sanaa', 'hodeidah', 'mukalla',
  // The Levant, Iraq, Iran
  'beirut', 'damascus', 'aleppo', 'homs', 'latakia', 'tartus', 'idlib', 'raqqa', 'deir ez zor', 'baghdad', 'basra', 'mosul',
  'erbil', 'kirkuk', 'fallujah', 'amman', 'aqaba', 'tehran', 'bandar abbas', 'kish', 'mashhad', 'isfahan', 'tabriz',
  // Africa
  'cairo', 'alexandria', 'khartoum', 'port sudan', 'tripoli', 'benghazi', 'misrata', 'derna', 'tunis', 'algiers', 'casablanca',
  'tangier', 'nouakchott', 'bamako', 'niamey', 'dakar', 'lagos', 'abuja', 'maiduguri', 'mogadishu', 'kismayo', 'hargeisa',
  'nairobi', 'mombasa', 'addis ababa', 'kampala', 'kinshasa', 'goma', 'johannesburg', 'cape town', 'durban',
  // South Asia
  'kabul', 'kandahar', 'herat', 'jalalabad', 'mazar i sharif', 'peshawar', 'quetta', 'karachi', 'lahore', 'islamabad',
  'rawalpindi', 'mumbai', 'bombay', 'delhi', 'new delhi', 'kolkata', 'chennai', 'dhaka', 'chittagong', 'colombo',
  // East and South-East Asia
  'kuala lumpur', 'jakarta', 'manila', 'bangkok', 'hanoi', 'ho chi minh city', 'beijing', 'peking', 'shanghai', 'shenzhen',
  'guangzhou', 'tianjin', 'dalian', 'qingdao', 'ningbo', 'xiamen', 'dandong', 'tokyo', 'osaka', 'seoul', 'busan', 'pyongyang',
  'nampo', 'vladivostok', 'taipei',
  // The Americas
  'new york', 'miami', 'houston', 'los angeles', 'toronto', 'montreal', 'panama city', 'caracas', 'bogota',
  'mexico city', 'sao paulo', 'rio de janeiro', 'buenos aires', 'ciudad del este',
]);
