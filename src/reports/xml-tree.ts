/**
 * The goAML document as a small tree in which every element remembers which field of the input it
 * came from. The XSD validator reports an XPath; this tree turns that XPath back into the input's
 * field path ("transactions[0].from.person.last_name"), so an error is shown on the case, where the
 * analyst can fix it, and not only as a line of generated XML.
 *
 * Elements are appended in the order the caller writes them: the goAML schema is made of
 * xs:sequence, so order is meaning, and the writers in goaml-*.ts follow the XSD order explicitly.
 */
import { create } from 'xmlbuilder2';

export interface XNode {
  name: string;
  text?: string;
  children: XNode[];
  /** The input field this element stands for; absent on pure wrappers, which inherit their parent's. */
  path?: string;
  /**
   * goAML child element name -> input field name, where they differ (t_from's "from_person" is the
   * input's "from.person"): used to name a missing required child in the input's terms.
   */
  fieldNames?: Record<string, string>;
}

export type Scalar = string | number | boolean | undefined | null;

export class XmlOut {
  constructor(readonly node: XNode) {}

  static root(name: string, path = ''): XmlOut {
    return new XmlOut({ name, children: [], path });
  }

  /** A child element with children of its own. */
  el(name: string, path?: string, fieldNames?: Record<string, string>): XmlOut {
    const child: XNode = { name, children: [], ...(path !== undefined ? { path } : {}), ...(fieldNames ? { fieldNames } : {}) };
    this.node.children.push(child);
    return new XmlOut(child);
  }

  /**
   * A text element, written only when there is a value: an absent optional field is no element at
   * all, and an absent required one is left for the schema to report against its field path.
   * Booleans are written 1/0: goAML fixes some to "1", and libxml2 compares fixed values literally.
   */
  leaf(name: string, value: Scalar, path: string): this {
    if (value === undefined || value === null || value === '') return this;
    const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
    this.node.children.push({ name, text, children: [], path });
    return this;
  }
}

/** The XPath libxml2 reports for each element: "[n]" only where a name repeats among siblings. */
function walk(node: XNode, xpath: string, inherited: string, out: Map<string, Located>): void {
  const path = node.path ?? inherited;
  out.set(xpath, { node, path });
  const counts = new Map<string, number>();
  for (const c of node.children) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const c of node.children) {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    const step = (counts.get(c.name) ?? 0) > 1 && n > 1 ? `${c.name}[${n}]` : c.name;
    walk(c, `${xpath}/${step}`, path, out);
  }
}

/** libxml2 writes "[1]" on the first of several siblings in some versions and omits it in others. */
export function normaliseXPath(xpath: string): string {
  return xpath.replace(/\[1\]/g, '');
}

/** Every element by its XPath, with the input path it stands for. */
export interface Located {
  node: XNode;
  path: string;
}

export function pathIndex(root: XNode): Map<string, Located> {
  const out = new Map<string, Located>();
  walk(root, `/${root.name}`, root.path ?? '', out);
  return out;
}

/** "a.b" + "c" -> "a.b.c"; "" + "c" -> "c". */
export function joinPath(parent: string, field: string): string {
  return parent === '' ? field : `${parent}.${field}`;
}

function addTo(parent: ReturnType<typeof create>, node: XNode): void {
  const el = parent.ele(node.name);
  if (node.text !== undefined) el.txt(node.text);
  for (const c of node.children) addTo(el, c);
}

export function serialise(root: XNode): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8', standalone: true });
  addTo(doc, root);
  return doc.end({ prettyPrint: true, indent: '  ' });
}
