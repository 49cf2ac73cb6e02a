/**
 * Record-at-a-time trees on top of the XML guard, for list formats whose records are the children
 * of the root element (OFAC sdnList/sdnEntry, EU export/sanctionEntity). Each child of the root is
 * collected into a small tree and handed over when it closes, so a reader maps one record with
 * ordinary tree code while memory stays bounded by the largest record, not the file.
 *
 * Names are local names: a prefix ("ns0:sdnEntry") is dropped, because the same schema is published
 * both with a default namespace and with a prefix, and readers check the namespace on the root.
 */
import { parseXmlSafely, type XmlGuardOptions, type XmlInput, type XmlPosition, type XmlSession } from './xml-guard.js';

export interface XmlNode {
  /** Local name (prefix removed). */
  name: string;
  /** Attributes as written, entities resolved. */
  attributes: Record<string, string>;
  /** The element's own text (not its children's), as written; callers trim. */
  text: string;
  children: XmlNode[];
  at: XmlPosition;
}

export interface RecordHandlers {
  /** The root element, before any record (children empty, text not yet known). */
  root(root: XmlNode): void;
  /** Each child of the root, complete with its subtree. */
  record(node: XmlNode): void;
}

/** Stream `input` through the guard, delivering the root and then each of its children as a tree. */
export async function readXmlRecords(
  input: XmlInput,
  setup: (session: XmlSession) => RecordHandlers,
  options: XmlGuardOptions = {},
): Promise<void> {
  await parseXmlSafely(
    input,
    (session) => {
      const handlers = setup(session);
      const stack: XmlNode[] = [];
      return {
        open(element) {
          const node: XmlNode = { name: localName(element.name), attributes: element.attributes, text: '', children: [], at: element.at };
          const parent = stack.at(-1);
          // Children of records are kept; the root's children are handed over on close instead.
          if (parent && stack.length > 1) parent.children.push(node);
          stack.push(node);
          if (stack.length === 1) handlers.root(node);
        },
        close() {
          const node = stack.pop()!;
          if (stack.length === 1) handlers.record(node);
        },
        text(text) {
          const top = stack.at(-1);
          // Text between records (indentation) is not kept on the root: it would grow with the file.
          if (top && stack.length > 1) top.text += text;
        },
      };
    },
    options,
  );
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The first child with this local name. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** The trimmed text of the first child with this name, or undefined if it is missing or empty. */
export function childText(node: XmlNode, name: string): string | undefined {
  const text = child(node, name)?.text.trim();
  return text === '' ? undefined : text;
}

/**
 * An element the reader does not know, flattened into `extra` fields so nothing is dropped: each
 * leaf (or element with text) becomes {field: path, value: text} and each attribute
 * {field: path/@name, value}, in document order.
 */
export function flattenXmlNode(node: XmlNode, path: string): { field: string; value: string }[] {
  const out: { field: string; value: string }[] = [];
  const walk = (n: XmlNode, p: string): void => {
    const text = n.text.trim();
    if (n.children.length === 0 || text) out.push({ field: p, value: text });
    for (const [k, v] of Object.entries(n.attributes)) out.push({ field: `${p}/@${k}`, value: v });
    for (const c of n.children) walk(c, `${p}/${c.name}`);
  };
  walk(node, path);
  return out;
}
