/**
 * What the goAML XSD says each element may contain: its child elements, which of them are required,
 * and which form a required choice. libxml2's messages list what it expected at a point ("Expected is
 * one of ( middle_name, prefix, last_name )") without saying which of those is mandatory; this index
 * answers that, so a validation error can say "last_name: missing" and not "one of three".
 *
 * Read once per schema from the parsed XSD. Only the XSD constructs goAML uses are understood:
 * sequence, choice, all, element (named or anonymous type), complexContent/extension.
 */
import { XmlElement, type XmlDocument, type XmlTreeNode } from 'libxml2-wasm';

const XS = 'http://www.w3.org/2001/XMLSchema';

export interface ChildDecl {
  name: string;
  /** Must appear (minOccurs >= 1 and not one branch of a choice). */
  required: boolean;
  /** One alternative of a choice that must be made (when its enclosing branch is taken). */
  inRequiredChoice: boolean;
  /** The element's type: a named complex type, an anonymous one (its declaring element), or none (simple). */
  type?: { named: string } | { anonymous: XmlElement; label: string };
}

export interface TypeInfo {
  label: string;
  children: ChildDecl[];
  /** Required choices: exactly one of these names must appear. */
  choices: string[][];
}

function* elementChildren(node: XmlElement): Generator<XmlElement> {
  for (let c: XmlTreeNode | null = node.firstChild; c; c = c.next) {
    if (c instanceof XmlElement && c.namespaceUri === XS) yield c;
  }
}

function local(el: XmlElement): string {
  return el.name.includes(':') ? el.name.slice(el.name.indexOf(':') + 1) : el.name;
}

function attr(el: XmlElement, name: string): string | undefined {
  return el.attr(name)?.value;
}

function optional(el: XmlElement): boolean {
  return attr(el, 'minOccurs') === '0';
}

export class SchemaIndex {
  private readonly named = new Map<string, XmlElement>();
  private readonly cache = new Map<XmlElement, TypeInfo>();
  private readonly rootElements = new Map<string, XmlElement>();

  /**
   * The parsed XSD is held here for as long as the index lives: libxml2-wasm frees a document's
   * memory when its wrapper is garbage-collected (FinalizationRegistry), and the element wrappers kept
   * in the maps below do not keep it alive. Without this reference a GC between two validations freed
   * the schema under the index, and later lookups read reused memory: schema errors were then mapped
   * to the wrong field now and then (seen under load, with two test suites validating at once).
   */
  constructor(private readonly xsd: XmlDocument) {
    for (const el of elementChildren(this.xsd.root)) {
      const name = attr(el, 'name');
      if (!name) continue;
      if (local(el) === 'complexType') this.named.set(name, el);
      if (local(el) === 'element') this.rootElements.set(name, el);
    }
  }

  /** The type of the element at an XPath such as "/report/transaction[2]/t_from/from_person". */
  typeAt(xpath: string): TypeInfo | undefined {
    const steps = xpath.split('/').filter((s) => s !== '').map((s) => s.replace(/\[\d+\]$/, ''));
    const first = steps.shift();
    const rootDecl = first ? this.rootElements.get(first) : undefined;
    if (!rootDecl) return undefined;
    let info = this.typeOfDecl(rootDecl, first!);
    for (const step of steps) {
      const child = info?.children.find((c) => c.name === step);
      if (!child?.type) return undefined;
      info = 'named' in child.type ? this.namedType(child.type.named) : this.info(child.type.anonymous, child.type.label);
    }
    return info;
  }

  private namedType(name: string): TypeInfo | undefined {
    const el = this.named.get(name);
    return el ? this.info(el, name) : undefined;
  }

  private typeOfDecl(decl: XmlElement, label: string): TypeInfo | undefined {
    const typeName = attr(decl, 'type');
    if (typeName) return this.namedType(typeName);
    for (const c of elementChildren(decl)) if (local(c) === 'complexType') return this.info(c, label);
    return undefined;
  }

  private info(complexType: XmlElement, label: string): TypeInfo {
    const cached = this.cache.get(complexType);
    if (cached) return cached;
    const info: TypeInfo = { label, children: [], choices: [] };
    this.cache.set(complexType, info);
    this.collect(complexType, true, false, info);
    return info;
  }

  /**
   * Walk a content model. `required`: every enclosing particle is mandatory; `inChoice`: under a
   * choice, so an element is one alternative rather than mandatory on its own.
   */
  private collect(node: XmlElement, required: boolean, inChoice: boolean, info: TypeInfo): void {
    for (const el of elementChildren(node)) {
      const kind = local(el);
      if (kind === 'element') {
        const name = attr(el, 'name');
        if (!name) continue;
        const mandatory = required && !optional(el);
        info.children.push({ name, required: mandatory && !inChoice, inRequiredChoice: mandatory && inChoice, ...this.declType(el, name) });
      } else if (kind === 'sequence' || kind === 'all' || kind === 'complexContent') {
        this.collect(el, required && !optional(el), inChoice, info);
      } else if (kind === 'choice') {
        const req = required && !optional(el);
        if (req) {
          const names: string[] = [];
          this.namesIn(el, names);
          info.choices.push(names.flatMap((n) => n.split('|')));
        }
        this.collect(el, req, true, info);
      } else if (kind === 'extension') {
        const base = attr(el, 'base');
        const baseInfo = base ? this.namedType(base) : undefined;
        if (baseInfo) {
          info.children.push(...baseInfo.children);
          info.choices.push(...baseInfo.choices);
        }
        this.collect(el, required, inChoice, info);
      }
    }
  }

  private namesIn(node: XmlElement, out: string[]): void {
    for (const el of elementChildren(node)) {
      if (local(el) === 'element') {
        const name = attr(el, 'name');
        if (name) out.push(name);
      } else if (local(el) === 'sequence' || local(el) === 'choice') {
        // A branch that is a sequence counts by its first element: that is what libxml2 expects next.
        const inner: string[] = [];
        this.namesIn(el, inner);
        if (inner[0]) out.push(local(el) === 'sequence' ? inner[0] : inner.join('|'));
      }
    }
  }

  private declType(el: XmlElement, name: string): Pick<ChildDecl, 'type'> {
    const typeName = attr(el, 'type');
    if (typeName) return this.named.has(typeName) ? { type: { named: typeName } } : {};
    for (const c of elementChildren(el)) if (local(c) === 'complexType') return { type: { anonymous: c, label: name } };
    return {};
  }
}
