/**
 * A cheap test, derived from a rule's compiled CEL condition, that says "this condition is false for
 * this activation" without running the CEL evaluator: most rules of a pack do not hit most events
 * (a payment is rarely a cash-out in a border area), and the evaluator's work per rule (runtime
 * types of dyn values, overload look-ups) was about a tenth of a worker's CPU.
 *
 * Exact by CEL's own logic: `a && b` is false when either side is false (whatever the other side
 * gives, errors included), `a || b` is false when both are. The leaves it understands read one
 * field of one variable of the activation, and decide only on a value of exactly the expected
 * type: `x.f` is false when x.f is the boolean false, `!x.f` when it is true, `x.f != ""` when it
 * is the empty string, `size(x.f) > 0` when it is an empty array. Any other leaf (or a missing
 * field, a Map, a number) decides nothing, and the rule is evaluated by CEL as before. So a guard
 * can only skip an evaluation whose result is false, never change one. Built from the AST of
 * @marcbachmann/cel-js (`program.ast`: op and args); an AST it does not recognise gives no guard.
 */
import type { CelProgram } from './cel.js';

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
  if (!isNode(node) || node.op !== '.' || !Array.isArray(node.args) || node.args.length !== 2) return undefined;
  const [target, field] = node.args as [unknown, unknown];
  if (!isNode(target) || target.op !== 'id' || typeof target.args !== 'string' || typeof field !== 'string') return undefined;
  const variable = target.args;
  return (a) => {
    const o = a[variable];
    if (typeof o !== 'object' || o === null) return false;
    return decides((o as Record<string, unknown>)[field]) && !(o instanceof Map) && Object.hasOwn(o, field);
  };
}

const isFalse = (v: unknown): boolean => v === false;
const isTrue = (v: unknown): boolean => v === true;
const isEmptyString = (v: unknown): boolean => v === '';
const isEmptyArray = (v: unknown): boolean => Array.isArray(v) && v.length === 0;

function guardOf(node: unknown): FalsityGuard | undefined {
  if (!isNode(node)) return undefined;
  const args = node.args;
  switch (node.op) {
    case '&&':
    case '||': {
      if (!Array.isArray(args) || args.length !== 2) return undefined;
      const l = guardOf(args[0]);
      const r = guardOf(args[1]);
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
    case '>': {
      // size(variable.field) > 0
      if (!Array.isArray(args) || args.length !== 2) return undefined;
      const [call, zero] = args as [unknown, unknown];
      if (!isNode(zero) || zero.op !== 'value' || (zero.args !== 0n && zero.args !== 0)) return undefined;
      if (!isNode(call) || call.op !== 'call' || !Array.isArray(call.args) || call.args[0] !== 'size') return undefined;
      const callArgs = call.args[1] as unknown;
      if (!Array.isArray(callArgs) || callArgs.length !== 1) return undefined;
      return fieldTest(callArgs[0], isEmptyArray);
    }
    default:
      return undefined;
  }
}

/** The guard of a compiled condition, or undefined when none of it is understood. */
export function falsityGuard(program: CelProgram): FalsityGuard | undefined {
  return guardOf((program as unknown as { ast?: unknown }).ast);
}
