/**
 * Windows-1252 decoding. The UK HMT ConList CSV is Windows-1252, not UTF-8: reading it as UTF-8
 * turns every accented name (e.g. "Ã©" for "é") into replacement characters and so into different
 * spellings. Bytes 0x80-0x9F are the only ones that differ from ISO-8859-1; the table below is the
 * WHATWG encoding standard's index for them (five undefined bytes map to the C1 control of the same
 * value, as browsers do). Written out here rather than relying on the ICU data a Node build may lack.
 */
const HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? (HIGH[b - 0x80] as number) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
