/**
 * Names as lists write them sometimes pack alternatives: "أبو بكر البغدادي (Abu Bakr al-Baghdadi;
 * Abu Bakr al-Husayni)" or "X; Y". Each alternative is matched as a name of its own.
 */
export function nameVariants(full: string): string[] {
  // Most names pack nothing: one variant, the name itself (no regular expression, no closures).
  if (!full.includes('(') && !full.includes(';')) {
    const t = full.trim();
    return t === '' ? [] : [t];
  }
  const out: string[] = [];
  const add = (s: string): void => {
    const t = s.trim();
    if (t !== '' && !out.includes(t)) out.push(t);
  };
  const inner: string[] = [];
  const outer = full.replace(/\(([^()]*)\)/g, (_, g: string) => {
    inner.push(g);
    return ' ';
  });
  for (const part of outer.split(';')) add(part);
  for (const g of inner) for (const part of g.split(';')) add(part);
  if (out.length === 0) add(full);
  return out;
}
