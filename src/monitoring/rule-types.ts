/**
 * What a rule is: a reason code, the events it applies to, a CEL condition, a CEL evidence
 * expression, the action a hit takes, and its parameters with their defaults and the source of
 * each default. Packs declare rules with these types; config.ts lets users override parameters.
 */
import type { EventKind } from './events.js';
import type { Money } from './money.js';

export type RuleAction = 'alert' | 'refuse' | 'block';
export type PackId = 'screening' | 'oil' | 'antiquities' | 'ransom' | 'donations' | 'fighters' | 'custom';

export type ParamType = 'number' | 'date' | 'string' | 'strings' | 'money' | 'boolean';
export type ParamValue = number | string | string[] | boolean | Money;

export interface ParamSpec {
  type: ParamType;
  default: ParamValue;
  description: string;
  /** Where the default comes from: a public source, or "design default" with the reason. */
  source: string;
}

export interface RuleDefinition {
  code: string;
  pack: PackId;
  title: string;
  appliesTo: readonly EventKind[];
  /** CEL, true when the rule hits. Variables: event, screening, geo, the pack facts (oil, art, kfr, npo, ftf) and p (this rule's parameters). */
  when: string;
  /** CEL map of what triggered the hit, evaluated only on a hit. */
  evidence: string;
  action: RuleAction;
  /** The hard control of the domain brief this rule enforces (C2, C5, C6): cannot be disabled or softened. */
  hardControl?: string;
  /** 0-100, for ranking alerts (design default per rule, overridable). */
  score: number;
  /** Where the pattern is described. */
  source: string;
  params: Record<string, ParamSpec>;
}

/** Parameter values as rules and facts see them. */
export type Params = Record<string, ParamValue>;
