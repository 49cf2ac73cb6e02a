/**
 * A small element tree built through the XML guard (src/lists/xml-guard.ts), for messages that are
 * small and read as a whole (a pacs.008 is kilobytes, not the megabytes of a sanctions list). The
 * guard does the hostile-input work (no DOCTYPE, UTF-8 only, size and depth limits, line:column
 * errors); this only keeps what a mapper needs: local names, attributes, text, children, positions.
 */
import { parseXmlSafely, type XmlInput, type XmlPosition, type XmlSession } from '../lists/xml-guard.js';

export interface XmlNode {
  /** Local name: the namespace prefix is dropped ("ns2:Dbtr" -> "Dbtr"); ISO 20022 messages use either form. */
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlNode[];
  at: XmlPosition;
}

export interface XmlTree {
  root: XmlNode;
  /** "file:line:column" for a node, as every error message starts. */
  where(at: XmlPosition): string;
}

export async function readXmlTree(input: XmlInput, options: { maxBytes: number; maxDepth?: number }): Promise<XmlTree> {
  let root: XmlNode | undefined;
  let session: XmlSession | undefined;
  const stack: XmlNode[] = [];
  await parseXmlSafely(
    input,
    (s) => {
      session = s;
      return {
        open(el) {
          const colon = el.name.indexOf(':');
          const node: XmlNode = { name: colon >= 0 ? el.name.slice(colon + 1) : el.name, attributes: el.attributes, text: '', children: [], at: el.at };
          const parent = stack[stack.length - 1];
          if (parent) parent.children.push(node);
          else root = node;
          stack.push(node);
        },
        close() {
          stack.pop();
        },
        text(t) {
          const top = stack[stack.length - 1];
          if (top) top.text += t;
        },
      };
    },
    { maxBytes: options.maxBytes, ...(options.maxDepth !== undefined ? { maxDepth: options.maxDepth } : {}) },
  );
  const s = session!;
  return { root: root!, where: (at) => s.where(at) };
}

export function child(n: XmlNode | undefined, name: string): XmlNode | undefined {
  return n?.children.find((c) => c.name === name);
}

export function children(n: XmlNode | undefined, name: string): XmlNode[] {
  return n ? n.children.filter((c) => c.name === name) : [];
}

/** The trimmed text at a path of child names, or undefined when absent or empty. */
export function textAt(n: XmlNode | undefined, ...path: string[]): string | undefined {
  let cur = n;
  for (const p of path) cur = child(cur, p);
  const t = cur?.text.trim();
  return t === undefined || t === '' ? undefined : t;
}
