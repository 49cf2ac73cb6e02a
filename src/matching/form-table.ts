/**
 * Values filed by token form: the fields index.ts formKey joins (folded, Arabic-script flag,
 * alternative, initial, role as formKey counts it, written), compared field by field under a map
 * keyed by the folded form alone, so no key string is built per lookup.
 *
 * NameIndex.matches asks for the list of every token of every new query name (~99,000 times a
 * 20,000-query UN pass). Building formKey's string for each (a template of eleven parts, flattened
 * again to be hashed) and hashing it, once in the vocabulary's own store and once in the cache of
 * computed lists, was ~3% of a steady-state pass and a good part of what buildForms allocates
 * (docs/benchmarks.md, session 17 h2). A query token's folded form is a string its shared analysed
 * word already holds, hashed once (splitNames looks it up as well), and its other fields are
 * strings and flags compared by reference first.
 *
 * The same form as formKey's: two tokens are filed together exactly when every field above is equal
 * (an absent alternative as the empty one), which is when their formKeys are equal, no field
 * holding formKey's separator `|` (token forms are letters). The vocabulary's entries are interned
 * by formKey (prepared-list.ts), so an entry's form is found here under its own token.
 */
import type { PreparedToken } from './prepared.js';

/** formKey's role number: an initial pairs by its letter, the Abd particle has its own key; every other role is alike. */
function roleOf(t: PreparedToken): number {
  return t.role === 'initial' ? 1 : t.role === 'abd' ? 2 : 0;
}

/** One filed form (its folded form is the map key) and its value; `next` another form of the same folded form. */
interface Slot<V> {
  readonly abjad: boolean;
  readonly alt: string;
  readonly initial: string;
  readonly role: number;
  readonly written: string;
  readonly value: V;
  readonly next: Slot<V> | undefined;
}

export class FormTable<V> {
  private readonly byFolded = new Map<string, Slot<V>>();
  private count = 0;

  /** Forms filed. */
  get size(): number {
    return this.count;
  }

  /** The value filed under t's form, or undefined. */
  get(t: PreparedToken): V | undefined {
    const alt = t.alt ?? '';
    const role = roleOf(t);
    for (let s = this.byFolded.get(t.folded); s !== undefined; s = s.next) {
      if (s.written === t.written && s.alt === alt && s.abjad === t.abjad && s.initial === t.initial && s.role === role) return s.value;
    }
    return undefined;
  }

  /** Files `value` under t's form, which must not be filed yet (get(t) undefined). */
  set(t: PreparedToken, value: V): void {
    const next = this.byFolded.get(t.folded);
    this.byFolded.set(t.folded, { abjad: t.abjad, alt: t.alt ?? '', initial: t.initial, role: roleOf(t), written: t.written, value, next });
    this.count++;
  }

  clear(): void {
    this.byFolded.clear();
    this.count = 0;
  }
}
