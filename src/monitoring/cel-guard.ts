/**
 * A cheap test, derived from a rule's compiled CEL condition, that says "this condition is false for
 * this activation" without running the CEL evaluator: most rules of a pack do not hit most events
 * (a payment is rarely a cash-out in a border area), and the evaluator's work per rule (runtime
 * types of dyn values, overload look-ups) was about a tenth of a worker's CPU.
 *
 * Exact by CEL's own logic: `a && b` is false when either side is false (whatever the other side
 * gives, errors included), `a || b` is false when both are. The leaves it understands read
 * fields of variables of the activation, and decide only on values of exactly the expected type:
 * `x.f` is false when x.f is the boolean false, `!x.f` when it is true, `x.f != ""` when it is the
 * empty string, and a comparison (<, <=, >, >=) of numbers when it does not hold, its operands
 * being numeric literals, fields holding JS numbers, or `size(x.f)` of an array (so `size(x.f) > 0`
 * is false for an empty array, and `size(ftf.liquidation) >= p.minSignals` below the parameter).
 * A call of a money function (moneyGte, moneyBetween) over fields holding plain objects is false
 * when the same implementation, called here, says false (callTest).
 * Any other leaf (or a missing field, a Map, a string where a number is compared) decides nothing,
 * and the rule is evaluated by CEL as before. So a guard
 * can only skip an evaluation whose result is false, never change one. Built from the AST of
 * @marcbachmann/cel-js (`program.ast`: op and args); an AST it does not recognise gives no guard.
 */
import type { CelProgram, MoneyFunctions } from './cel.js';

/** True when the condition is certainly false for this activation; false means "evaluate it". */
export type FalsityGuard = (activation: Record<string, unknown>) => boolean;

interface AstNode {
  op: string;
  args: unknown;
}

function isNode(v: unknown): v is AstNode {
  return typeof v === 'object' && v !== null && typeof (v as AstNode).op === 'string';
}

/**
 * `variable.field` as a test of its value, or undefined for any other expression. `decides` gets
 * the raw property value and says whether it decides the leaf; only then is it checked to be a
 * field CEL reads the same way: an own property of a plain object (a Map's entries are not
 * properties; an inherited property is no field for CEL). Guards run for most rules of every
 * event, so the cheap test comes first.
 */
function fieldTest(node: unknown, decides: (v: unknown) => boolean): FalsityGuard | undefined {
  const path = fieldPath(node);
  if (!path) return undefined;
  const { variable, field } = path;
  return (a) => {
    const o = a[variable];
    if (typeof o !== 'object' || o === null) return false;
    return decides((o as Record<string, unknown>)[field]) && isCelField(o, field);
  };
}

/** `variable.field` as its two names, or undefined for any other expression. */
function fieldPath(node: unknown): { variable: string; field: string } | undefined {
  if (!isNode(node) || node.op !== '.' || !Array.isArray(node.args) || node.args.length !== 2) return undefined;
  const [target, field] = node.args as [unknown, unknown];
  if (!isNode(target) || target.op !== 'id' || typeof target.args !== 'string' || typeof field !== 'string') return undefined;
  return { variable: target.args, field };
}

/** A field as CEL reads one: an own property of a plain object (a Map's entries are not properties). */
function isCelField(o: object, field: string): boolean {
  return !(o instanceof Map) && Object.hasOwn(o, field);
}

const isFalse = (v: unknown): boolean => v === false;
const isTrue = (v: unknown): boolean => v === true;
const isEmptyString = (v: unknown): boolean => v === '';

/** Reads a number for a comparison, or undefined when the value is not one it may decide on. */
type NumberReader = (activation: Record<string, unknown>) => number | bigint | undefined;

/** Integer literals beyond this are left to CEL: its int/double comparison might round them. */
const SAFE_INT = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * An operand of a comparison the guard can read: a numeric literal, `variable.field` holding a JS
 * number (a double for CEL, as every number of the facts and parameters is), or
 * `size(variable.field)` of an array (its length). Each reader answers only for a value of exactly
 * that type, read the way CEL reads it (fieldTest's own-property rule); anything else, NaN
 * included as a literal, is undefined and decides nothing.
 */
function numberOperand(node: unknown): NumberReader | undefined {
  if (!isNode(node)) return undefined;
  if (node.op === 'value') {
    const v = node.args;
    if (typeof v === 'number' && !Number.isNaN(v)) return () => v;
    if (typeof v === 'bigint' && v <= SAFE_INT && v >= -SAFE_INT) return () => v;
    return undefined;
  }
  if (node.op === '.') return fieldNumber(node, (x) => (typeof x === 'number' ? x : undefined));
  if (node.op === 'call' && Array.isArray(node.args) && node.args[0] === 'size') {
    const callArgs = node.args[1] as unknown;
    if (!Array.isArray(callArgs) || callArgs.length !== 1) return undefined;
    return fieldNumber(callArgs[0], (x) => (Array.isArray(x) ? x.length : undefined));
  }
  return undefined;
}

/** `variable.field` read through `as` (undefined: not a value this reader decides on). */
function fieldNumber(node: unknown, as: (v: unknown) => number | undefined): NumberReader | undefined {
  const path = fieldPath(node);
  if (!path) return undefined;
  const { variable, field } = path;
  return (a) => {
    const o = a[variable];
    if (typeof o !== 'object' || o === null) return undefined;
    const n = as((o as Record<string, unknown>)[field]);
    return n !== undefined && isCelField(o, field) ? n : undefined;
  };
}

/**
 * `l < r`, `l <= r`, `l > r`, `l >= r` over two readable operands (numberOperand): false when both
 * read and the comparison does not hold. CEL compares ints and doubles by value, and any comparison
 * with NaN is false, as in JS; so "not (l op r)" in JS is exactly CEL's false. This covers the
 * rules whose first test is a count against a parameter (FTF-3 `size(ftf.liquidation) >=
 * p.minSignals`, NPO-1 `npo.charityReceipts >= p.minReceipts`, ART-5, OIL-2), which ran the
 * evaluator on nearly every payment, and `size(x) > 0` (an empty array) as before.
 */
function comparisonTest(op: string, args: unknown): FalsityGuard | undefined {
  if (!Array.isArray(args) || args.length !== 2) return undefined;
  const left = numberOperand(args[0]);
  const right = numberOperand(args[1]);
  if (!left || !right) return undefined;
  const holds = op === '<' ? (l: number | bigint, r: number | bigint) => l < r
    : op === '<=' ? (l: number | bigint, r: number | bigint) => l <= r
    : op === '>' ? (l: number | bigint, r: number | bigint) => l > r
    : (l: number | bigint, r: number | bigint) => l >= r;
  return (a) => {
    const l = left(a);
    if (l === undefined) return false;
    const r = right(a);
    return r !== undefined && !holds(l, r);
  };
}

/** Functions a guard may call: the same implementation CEL runs for a registered function of that name. */
export type Calls = Partial<Record<keyof MoneyFunctions, (...args: never[]) => boolean>>;

/**
 * `f(v.a, w.b, ...)` of a function in `calls`, every argument a field: false when each field holds a
 * plain object (a Money: CEL hands such a value to the function as it is) and the function, called
 * with them here, returns false. Any other value (a Map, a list, a string, a missing field, which
 * CEL might read otherwise or fail on) decides nothing; neither does a function that throws. So
 * FTF-2's `moneyBetween(event.amount, p.minAmount, p.maxAmount)` and KFR-1/KFR-2's `moneyGte`
 * leave most payments (outside the band, under the threshold) without the evaluator.
 */
function callTest(args: unknown, calls: Calls): FalsityGuard | undefined {
  if (!Array.isArray(args) || typeof args[0] !== 'string' || !Array.isArray(args[1])) return undefined;
  const fn = (calls as Record<string, ((...a: unknown[]) => boolean) | undefined>)[args[0]];
  if (fn === undefined || !Object.hasOwn(calls, args[0])) return undefined;
  const readers: ((a: Record<string, unknown>) => unknown)[] = [];
  for (const arg of args[1] as unknown[]) {
    const read = fieldValue(arg);
    if (!read) return undefined;
    readers.push(read);
  }
  return (a) => {
    const values: unknown[] = [];
    for (const read of readers) {
      const v = read(a);
      if (v === undefined) return false;
      values.push(v);
    }
    try {
      return fn(...values) === false;
    } catch {
      return false;
    }
  };
}

/** `variable.field` holding a plain object (prototype Object.prototype or null), read as CEL reads it; else undefined. */
function fieldValue(node: unknown): ((a: Record<string, unknown>) => unknown) | undefined {
  const path = fieldPath(node);
  if (!path) return undefined;
  const { variable, field } = path;
  return (a) => {
    const o = a[variable];
    if (typeof o !== 'object' || o === null || !isCelField(o, field)) return undefined;
    const v = (o as Record<string, unknown>)[field];
    if (typeof v !== 'object' || v === null) return undefined;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null ? v : undefined;
  };
}

function guardOf(node: unknown, calls: Calls): FalsityGuard | undefined {
  if (!isNode(node)) return undefined;
  const args = node.args;
  switch (node.op) {
    case '&&':
    case '||': {
      if (!Array.isArray(args) || args.length !== 2) return undefined;
      const l = guardOf(args[0], calls);
      const r = guardOf(args[1], calls);
      if (node.op === '&&') {
        if (l && r) return (a) => l(a) || r(a);
        return l ?? r;
      }
      return l && r ? (a) => l(a) && r(a) : undefined;
    }
    case '.':
      return fieldTest(node, isFalse);
    case '!_':
      return fieldTest(args, isTrue);
    case '!=': {
      if (!Array.isArray(args) || args.length !== 2) return undefined;
      const [left, right] = args as [unknown, unknown];
      if (!isNode(right) || right.op !== 'value' || right.args !== '') return undefined;
      return fieldTest(left, isEmptyString);
    }
    case '<':
    case '<=':
    case '>':
    case '>=':
      return comparisonTest(node.op, args);
    case 'call':
      return callTest(args, calls);
    default:
      return undefined;
  }
}

/**
 * The guard of a compiled condition, or undefined when none of it is understood. `calls`: the
 * implementations of functions registered in the rules' environment (cel.ts moneyFunctions), for
 * leaves that call one of them (callTest).
 */
export function falsityGuard(program: CelProgram, calls: Calls = {}): FalsityGuard | undefined {
  return guardOf((program as unknown as { ast?: unknown }).ast, calls);
}
