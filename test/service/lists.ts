import { readFileSync } from 'node:fs';

/**
 * A UN list file changed the way a publisher would change it: a later generation date, and one listed
 * party given a further alias (an identifying amendment, so it must be re-screened).
 */
export function amendedUnXml(path: string, change: { generatedAt: string; ref: string; alias: string }): Buffer {
  let xml = readFileSync(path, 'utf8');
  xml = xml.replace(/dateGenerated="[^"]*"/, `dateGenerated="${change.generatedAt}"`);
  const at = xml.indexOf(`<REFERENCE_NUMBER>${change.ref}</REFERENCE_NUMBER>`);
  if (at < 0) throw new Error(`${change.ref} is not in ${path}`);
  const end = xml.indexOf('</INDIVIDUAL>', at);
  const alias = `  <INDIVIDUAL_ALIAS>\n        <QUALITY>Good</QUALITY>\n        <ALIAS_NAME>${change.alias}</ALIAS_NAME>\n      </INDIVIDUAL_ALIAS>\n    `;
  return Buffer.from(xml.slice(0, end) + alias + xml.slice(end), 'utf8');
}
