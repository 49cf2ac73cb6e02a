import type { BirthDate, Place, SanctionedParty } from '../lists/model.js';
import type { ListVersion } from '../lists/version.js';

/** Human-readable renderings of lists, versions and parties for the terminal. */

/** Display width of a string: code points, so Arabic and Cyrillic columns line up as well as they can. */
function width(s: string): number {
  return [...s].length;
}

export function formatTable(header: string[], rows: string[][], indent = ''): string {
  const widths = header.map((h, k) => Math.max(width(h), ...rows.map((r) => width(r[k] ?? ''))));
  const line = (cells: string[]) =>
    indent +
    cells
      .map((c, k) => (k === cells.length - 1 ? c : c + ' '.repeat(widths[k]! - width(c))))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatVersionLine(rows: (ListVersion & { inForce: boolean; ageDays: number })[]): string {
  return formatTable(
    ['list', 'version', 'in force', 'publisher date', 'age (days)', 'parties', 'imported', 'origin'],
    rows.map((v) => [
      v.source,
      v.hash.slice(0, 12),
      v.inForce ? 'yes' : '',
      v.generatedAt ?? '-',
      String(v.ageDays),
      String(v.counts.parties),
      v.importedAt.replace(/\.\d+Z$/, 'Z'),
      v.origin,
    ]),
  );
}

function birthDateText(d: BirthDate): string {
  const base = d.kind === 'between' ? `between ${d.from ?? '?'} and ${d.to ?? '?'}` : `${d.kind === 'approximately' ? 'approximately ' : ''}${d.date ?? '?'}`;
  return d.note ? `${base} (${d.note})` : base;
}

function placeText(p: Place): string {
  const parts = [p.full, p.street, p.city, p.stateProvince, p.zipCode, p.country].filter((x): x is string => !!x);
  return p.note ? `${parts.join(', ')} (${p.note})` : parts.join(', ');
}

export function formatParty(p: SanctionedParty, version: ListVersion): string {
  const lines: string[] = [];
  const add = (label: string, values: string[]) => {
    if (values.length === 0) return;
    lines.push(`  ${label.padEnd(16)}${values[0]}`);
    for (const v of values.slice(1)) lines.push(`  ${''.padEnd(16)}${v}`);
  };
  lines.push(`${p.referenceNumber}  ${p.caption}`);
  add('list', [`${version.source} ${version.hash.slice(0, 12)} (generated ${version.generatedAt ?? '?'})`]);
  add('kind', [p.kind]);
  add('regime', p.listType ? [p.listType] : []);
  add('programs', p.programs);
  const primary = p.names.find((n) => n.type === 'primary');
  add('name parts', primary?.parts ? [primary.parts.join(' | ')] : []);
  add('original script', p.names.filter((n) => n.type === 'original-script').map((n) => n.full));
  add(
    'aliases',
    p.names
      .filter((n) => n.type === 'alias')
      .map((n) => {
        const extra = [n.birthDate && `born ${n.birthDate}`, n.birthCity, n.birthCountry, n.note].filter(Boolean).join('; ');
        return `${n.full} [${n.quality}]${extra ? ` (${extra})` : ''}`;
      }),
  );
  add('titles', p.titles);
  add('designations', p.designations);
  add('gender', p.genders);
  add('nationality', p.nationalities);
  add('born', p.birthDates.map(birthDateText));
  add('place of birth', p.birthPlaces.map(placeText));
  add(
    'documents',
    p.documents.map((d) =>
      [d.type, d.type2, d.number, d.issuingCountry ?? d.countryOfIssue, d.cityOfIssue, d.dateOfIssue && `issued ${d.dateOfIssue}`, d.note].filter(Boolean).join(', '),
    ),
  );
  add('addresses', p.addresses.map(placeText));
  if (p.vessel) add('vessel', [Object.entries(p.vessel).map(([k, v]) => `${k} ${v}`).join(', ')]);
  add('listed on', p.listedOn ? [p.listedOn] : []);
  add('amended on', p.amendedOn);
  add('comments', p.comments ? p.comments.split('\n') : []);
  add('other fields', p.extra.map((e) => `${e.field}: ${e.value}`));
  return lines.join('\n') + '\n';
}
