/**
 * Script detection per token. Decided by the letters themselves, never by guessing a language from
 * a two-word name: a token is Arabic if most of its letters are Arabic, and so on.
 */

export type Script = 'latin' | 'arabic' | 'cyrillic' | 'other' | 'digits';

function scriptOfCodePoint(cp: number): Script | undefined {
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return 'latin';
  if (cp >= 0x30 && cp <= 0x39) return 'digits';
  if ((cp >= 0xc0 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff)) return 'latin';
  if ((cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0x08a0 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) {
    // Arabic digits count as digits.
    if ((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06f0 && cp <= 0x06f9)) return 'digits';
    return 'arabic';
  }
  if (isCyrillicCodePoint(cp)) return 'cyrillic';
  return undefined;
}

/** Whether a code point is a Cyrillic letter (the basic block, its supplement and extensions). */
export function isCyrillicCodePoint(cp: number): boolean {
  return (cp >= 0x0400 && cp <= 0x052f) || (cp >= 0x1c80 && cp <= 0x1c8f) || (cp >= 0x2de0 && cp <= 0x2dff) || (cp >= 0xa640 && cp <= 0xa69f);
}

/** The script most of the token's letters belong to; 'other' for any other writing system. */
export function detectScript(token: string): Script {
  const ascii = asciiScript(token);
  if (ascii !== undefined) return ascii;
  let latin = 0;
  let arabic = 0;
  let cyrillic = 0;
  let digits = 0;
  let other = 0;
  for (const ch of token) {
    const s = scriptOfCodePoint(ch.codePointAt(0) ?? 0);
    if (s === 'latin') latin++;
    else if (s === 'arabic') arabic++;
    else if (s === 'cyrillic') cyrillic++;
    else if (s === 'digits') digits++;
    else if (/\p{L}/u.test(ch)) other++;
  }
  const best = Math.max(latin, arabic, cyrillic, other);
  if (best === 0) return digits > 0 ? 'digits' : 'other';
  // Ties resolve in a fixed order so the result never depends on anything but the token.
  if (arabic === best) return 'arabic';
  if (cyrillic === best) return 'cyrillic';
  if (latin === best) return 'latin';
  return 'other';
}

/**
 * detectScript of a token that is all ASCII, or undefined for any other: its letters are Latin
 * (scriptOfCodePoint) and its other characters neither count nor are letters of another script, so
 * the answer is 'latin' with a letter, else 'digits' with a digit, else 'other'.
 */
function asciiScript(token: string): Script | undefined {
  let letters = false;
  let digits = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 128) return undefined;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters = true;
    else if (c >= 48 && c <= 57) digits = true;
  }
  return letters ? 'latin' : digits ? 'digits' : 'other';
}
