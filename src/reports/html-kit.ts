/**
 * The pieces every printable report page is made of. Names from the case may be Arabic, Cyrillic or
 * Latin, often mixed in one table: each is wrapped in <bdi dir="auto"> so an Arabic name shows right
 * to left without reordering the punctuation and numbers around it (the Unicode bidirectional
 * algorithm isolates it). Everything from the input is escaped; the page loads nothing external.
 */

export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Text of unknown direction (names, places, free text from the case). */
export function bdi(value: unknown): string {
  return `<bdi dir="auto">${esc(value)}</bdi>`;
}

/** A name in Latin script with its original-script form beside it, each isolated. */
export function nameHtml(n: { latin: string; original?: string }): string {
  return n.original ? `${bdi(n.latin)} / ${bdi(n.original)}` : bdi(n.latin);
}

/** A table; cells are HTML already (escape with esc or bdi). */
export function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p class="none">None.</p>';
  const head = headers.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Label / value pairs; values are HTML already. */
export function fields(pairs: [string, string | undefined][]): string {
  const rows = pairs.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`);
  return `<dl>${rows.join('')}</dl>`;
}

export function section(title: string, body: string): string {
  return `<section><h2>${esc(title)}</h2>\n${body}\n</section>`;
}

/** The maker / checker block printed at the end of each report, with the hash of the filed copy. */
export function signatures(filing?: { maker?: string; checker?: string; sha256?: string; state?: string }): string {
  return section(
    'Four-eyes sign-off',
    fields([
      ['State', esc(filing?.state ?? 'draft: not yet prepared')],
      ['Prepared by (maker)', filing?.maker ? bdi(filing.maker) : '&nbsp;'.repeat(40)],
      ['Checked by (checker, another person)', filing?.checker ? bdi(filing.checker) : '&nbsp;'.repeat(40)],
      ['SHA-256 of the filed file', filing?.sha256 ? `<code>${esc(filing.sha256)}</code>` : undefined],
    ]),
  );
}

const CSS = `
body{font:11pt/1.4 system-ui,"Noto Sans","Noto Sans Arabic",sans-serif;margin:2em;color:#111}
h1{font-size:16pt;margin:0 0 .2em}h2{font-size:12.5pt;border-bottom:1px solid #999;margin-top:1.4em}
.sub{color:#444;margin:0 0 1em}table{border-collapse:collapse;width:100%;margin:.4em 0}
th,td{border:1px solid #bbb;padding:.25em .4em;text-align:start;vertical-align:top}th{background:#eee}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{font-weight:600}dd{margin:0}
.warn{color:#8a1c00;font-weight:600}.ok{color:#1d5e20;font-weight:600}.none{color:#666}
code{font-size:9pt;word-break:break-all}
@media print{body{margin:0}section{break-inside:avoid}}`;

export function page(title: string, subtitle: string, sections: string[]): string {
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>${esc(title)}</title><style>${CSS}</style></head>
<body>
<h1>${esc(title)}</h1>
<p class="sub">${subtitle}</p>
${sections.join('\n')}
</body>
</html>
`;
}
