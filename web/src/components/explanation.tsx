import type { JSX } from 'preact';
import { fixed, shortHash, signed } from '../format.js';
import type { ExplainedAlignment, ExplainedEvidence, Explanation as ExplanationData } from '../types.js';
import { Name } from './name.js';

/**
 * A match's explanation drawn for people, from the numbers the score was computed from: which names
 * met, each token pairing with its contribution, each other piece of evidence with its sign and
 * weight, how they add up, and what produced the result (list versions, algorithm, threshold), so an
 * analyst can defend the decision and anyone can replay it.
 */
const KIND_LABEL: Record<string, string> = {
  exact: 'exact',
  fuzzy: 'close spelling',
  initial: 'initial',
  split: 'split word',
  merged: 'joined words',
  'unmatched-query': 'only in query',
  'unmatched-listed': 'only on list',
};

function Tokens({ tokens }: { tokens: ExplainedAlignment['query'] }): JSX.Element {
  if (tokens.length === 0) return <span class="muted">—</span>;
  return (
    <span class="tokens">
      {tokens.map((t, i) => (
        <span key={i} class="token" title={`${t.role}, ${t.script} script`}>
          <Name text={t.text} />
        </span>
      ))}
    </span>
  );
}

/** A signed horizontal bar: agreement to the right in one colour, loss to the left in another. */
function Contribution({ value }: { value: number }): JSX.Element {
  const width = Math.min(50, Math.abs(value) * 50);
  return (
    <span class="contrib">
      <span class="contrib-track" aria-hidden="true">
        <span class={value >= 0 ? 'contrib-pos' : 'contrib-neg'} style={{ width: `${width}%`, [value >= 0 ? 'left' : 'right']: '50%' }} />
      </span>
      <span class="num">{signed(value, 3)}</span>
    </span>
  );
}

function TokenTable({ tokens }: { tokens: ExplainedAlignment[] }): JSX.Element {
  return (
    <table class="tokens-table">
      <caption class="sr-only">Token pairings between the query name and the listed name</caption>
      <thead>
        <tr>
          <th scope="col">Query</th>
          <th scope="col">Pairing</th>
          <th scope="col">Listed</th>
          <th scope="col" class="num">Similarity</th>
          <th scope="col" class="num">Weight</th>
          <th scope="col">Contribution</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((t, i) => (
          <tr key={i} class={`pair-${t.kind}`}>
            <td><Tokens tokens={t.query} /></td>
            <td>{KIND_LABEL[t.kind] ?? t.kind}{t.cost !== undefined && t.cost > 0 ? ` (cost ${fixed(t.cost, 2)})` : ''}</td>
            <td><Tokens tokens={t.listed} /></td>
            <td class="num">{fixed(t.similarity, 2)}</td>
            <td class="num">{fixed(t.weight, 2)}</td>
            <td><Contribution value={t.contribution} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Evidence({ items }: { items: ExplainedEvidence[] }): JSX.Element {
  if (items.length === 0) return <p class="muted">No other evidence compared (give a birth date or nationality to add some).</p>;
  return (
    <table class="evidence">
      <caption class="sr-only">Evidence besides the name</caption>
      <thead>
        <tr><th scope="col">Evidence</th><th scope="col">Outcome</th><th scope="col">Query</th><th scope="col">Listed</th><th scope="col" class="num">Weight (log-odds)</th></tr>
      </thead>
      <tbody>
        {items.map((e, i) => (
          <tr key={i} class={e.sign === '+' ? 'ev-for' : 'ev-against'}>
            <td>{e.kind}</td>
            <td>{e.outcome}</td>
            <td><Name text={e.query ?? '—'} /></td>
            <td><Name text={e.listed ?? '—'} /></td>
            <td class="num"><span class="sign" aria-label={e.sign === '+' ? 'for' : 'against'}>{e.sign}</span>{fixed(e.weight, 2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The server's one-sentence summary quotes the names ("أيمن الظواهري" met "Ayman Al-Zawahari"); each
 * quoted name is isolated so an Arabic one cannot reorder the English sentence around it.
 */
function Summary({ text }: { text: string }): JSX.Element {
  return (
    <p class="summary">
      {text.split(/("[^"]*")/).map((part, i) => (part.startsWith('"') && part.endsWith('"') && part.length > 1 ? <span key={i}>"<Name text={part.slice(1, -1)} />"</span> : part))}
    </p>
  );
}

export function Explanation({ x }: { x: ExplanationData }): JSX.Element {
  const s = x.scoring;
  return (
    <section class="explanation" aria-label="Why this matched">
      <Summary text={x.summary} />
      {x.name ? (
        <>
          <h4>
            Names that met: <Name text={x.name.queryName} class="name" /> ↔ <Name text={x.name.listedName} class="name" />
          </h4>
          <p class="muted">
            {x.name.nameType}
            {x.name.nameType === 'alias' ? `, ${x.name.aliasQuality} quality` : ''} · name score {fixed(x.name.score)} = agreement {fixed(x.name.agreement, 2)} against loss {fixed(x.name.loss, 2)} and prior {fixed(x.name.prior, 2)}
            {x.name.removedTitles.length > 0 ? ` · titles set aside: ${x.name.removedTitles.join(', ')}` : ''}
          </p>
          {x.name.differentNames && x.name.differentNames.length > 0 && (
            <p class="muted" data-testid="different-names">
              Not paired, different names:{' '}
              {x.name.differentNames.map((d, i) => (
                <span key={i}>
                  {i > 0 ? '; ' : ''}
                  <Name text={d.query} /> ({d.queryNames.join(' or ')}) and <Name text={d.listed} /> ({d.listedNames.join(' or ')})
                </span>
              ))}
            </p>
          )}
          {x.name.differentKinds && (
            <p class="muted" data-testid="different-kinds">
              Different kinds of organisation:{' '}
              {x.name.differentKinds.query.map((w, i) => (
                <span key={`q${i}`}>
                  {i > 0 ? ', ' : ''}
                  <Name text={w.text} /> ({w.kind})
                </span>
              ))}{' '}
              against{' '}
              {x.name.differentKinds.listed.map((w, i) => (
                <span key={`l${i}`}>
                  {i > 0 ? ', ' : ''}
                  <Name text={w.text} /> ({w.kind})
                </span>
              ))}
            </p>
          )}
          <TokenTable tokens={x.name.tokens} />
        </>
      ) : (
        <p class="muted">No name compared.</p>
      )}
      <h4>Other evidence</h4>
      <Evidence items={x.evidence} />
      <h4>How the score adds up</h4>
      <p class="formula">
        name {signed(s.nameLogOdds)} {s.identifierFloorApplied ? '(raised to the identifier floor) ' : ''}{s.exactNameFloorApplied ? '(raised: an organisation\'s name given word for word) ' : ''}+ alias quality {signed(s.aliasQualityLogOdds)} {s.koreanSyllablesLogOdds ? `+ Korean syllables ${signed(s.koreanSyllablesLogOdds)} ` : ''}+ evidence {signed(s.evidenceLogOdds)} = {signed(s.finalLogOdds)} log-odds → score <strong>{fixed(s.score)}</strong> against threshold {fixed(x.threshold, 2)}
      </p>
      <dl class="replay">
        <dt>Algorithm</dt>
        <dd><code>{x.algorithmVersion}</code></dd>
        <dt>Threshold</dt>
        <dd>{x.threshold}</dd>
        <dt>List versions</dt>
        <dd>
          {x.listVersions.map((v) => (
            <code key={v.hash} title={v.hash}>{v.source}@{shortHash(v.hash)} </code>
          ))}
        </dd>
      </dl>
    </section>
  );
}
