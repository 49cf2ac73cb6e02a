/**
 * A rule pack ready to run: the effective configuration (defaults + user overrides, hashed into a
 * version id), every enabled rule's CEL compiled once, and each pack's fact builder. Building one
 * refuses invalid CEL with the rule's code, so a bad configuration fails at load, not mid-stream.
 */
import type { Environment } from '@marcbachmann/cel-js';
import { compile, moneyFunctions, ruleEnvironment, type CelProgram } from './cel.js';
import { falsityGuard, type FalsityGuard } from './cel-guard.js';
import { buildPackConfig, type EffectiveRule, type PackConfig } from './config.js';
import type { EventKind } from './events.js';
import type { PackModule } from './facts.js';
import { ALL_PACKS } from './packs/index.js';
import type { Reference } from './reference/prepared.js';
import type { Params } from './rule-types.js';

export interface CompiledRule {
  rule: EffectiveRule;
  when: CelProgram;
  /** Says when `when` is certainly false without evaluating it (cel-guard.ts), if it can. */
  surelyFalse: FalsityGuard | undefined;
  evidence: CelProgram;
  appliesTo: ReadonlySet<EventKind>;
  /** The pack facts the rule needs (undefined for screening and custom rules). */
  factsKey: PackModule['factsKey'];
}

export class RulePack {
  readonly id: string;
  readonly config: PackConfig;
  readonly modules: readonly PackModule[];
  readonly rules: readonly CompiledRule[];
  private readonly paramsByCode: Map<string, Params>;
  /** The enabled rules that apply to each event kind, in pack order: processing skips the rest without looking. */
  private readonly byKind = new Map<EventKind, readonly CompiledRule[]>();
  private readonly env: Environment;

  private constructor(config: PackConfig, modules: readonly PackModule[], reference: Reference) {
    this.config = config;
    this.id = config.id;
    this.modules = modules;
    this.env = ruleEnvironment(reference.data.fx);
    this.paramsByCode = new Map(config.rules.map((r) => [r.def.code, r.params]));
    const factsKeyOf = new Map(modules.map((m) => [m.id, m.factsKey]));
    // The guards call the same money functions as the environment, over the same FX table.
    const money = moneyFunctions(reference.data.fx);
    const calls = { moneyGte: money.moneyGte, moneyBetween: money.moneyBetween };
    this.rules = config.rules
      .filter((r) => r.enabled)
      .map((r) => {
        const when = compile(this.env, r.def.when, `rule ${r.def.code} (when)`);
        return {
          rule: r,
          when,
          surelyFalse: falsityGuard(when, calls),
          evidence: compile(this.env, r.def.evidence, `rule ${r.def.code} (evidence)`),
        appliesTo: new Set(r.def.appliesTo),
          factsKey: factsKeyOf.get(r.def.pack),
        };
      });
  }

  /** `rawConfig` is the parsed user configuration file (or undefined for the defaults). */
  static build(reference: Reference, rawConfig?: unknown, options: { file?: string; modules?: readonly PackModule[] } = {}): RulePack {
    const modules = options.modules ?? ALL_PACKS;
    const config = buildPackConfig(modules.flatMap((m) => m.rules), rawConfig, reference.data.hash, options.file);
    return new RulePack(config, modules, reference);
  }

  rulesFor(kind: EventKind): readonly CompiledRule[] {
    let list = this.byKind.get(kind);
    if (!list) this.byKind.set(kind, (list = this.rules.filter((r) => r.appliesTo.has(kind))));
    return list;
  }

  /** `params` as a function of its own, made once: fact builders get it with every event. */
  readonly paramsOf = (code: string): Params => this.params(code);

  params(code: string): Params {
    const p = this.paramsByCode.get(code);
    if (!p) throw new Error(`no rule ${code} in this pack`);
    return p;
  }
}
