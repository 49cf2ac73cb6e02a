/**
 * Versioned rule-pack configuration. The defaults live with each rule (packs/*.ts, from the domain
 * brief); a user file overrides what it names and nothing else:
 *
 *   { "version": "bank-2026-02",
 *     "screening": { "threshold": 0.75 },
 *     "rules": { "OIL-2": { "params": { "discount": 0.4 } }, "ART-6": { "enabled": false } },
 *     "custom": [ { "code": "X-1", "title": "...", "appliesTo": ["payment"], "when": "...", "evidence": "{}" } ] }
 *
 * Unknown rule codes and parameters are refused (a typo would otherwise leave a default silently in
 * force), as is disabling or softening a hard control. The effective configuration is hashed: the
 * rule-pack id "<version>@<hash>" goes with every decision, so any hit can be replayed.
 */
import { createHash } from 'node:crypto';
import { EventValidationError } from './errors.js';
import { EVENT_KINDS, type EventKind } from './events.js';
import { FieldReader, type Json } from './fields.js';
import { readMoney, type Money } from './money.js';
import type { ParamSpec, ParamValue, Params, RuleAction, RuleDefinition } from './rule-types.js';

export interface EffectiveRule {
  def: RuleDefinition;
  enabled: boolean;
  action: RuleAction;
  score: number;
  params: Params;
}

export interface PackConfig {
  /** User-given name of this configuration ("default" when none). */
  version: string;
  /** version@hash of the effective configuration and reference data. */
  id: string;
  hash: string;
  screeningThreshold: number | undefined;
  rules: EffectiveRule[];
}

const ACTIONS: readonly RuleAction[] = ['alert', 'refuse', 'block'];
const SEVERITY: Record<RuleAction, number> = { alert: 0, refuse: 1, block: 2 };

export function buildPackConfig(defs: RuleDefinition[], raw: unknown, referenceHash: string, file = 'pack config'): PackConfig {
  const r = new FieldReader(file);
  const o: Json = raw === undefined ? {} : r.object(raw, '(root)');
  for (const k of Object.keys(o)) if (!['version', 'screening', 'rules', 'custom', 'description'].includes(k)) r.fail(k, 'unknown key (expected version, screening, rules, custom)');
  const version = r.optString(o.version, 'version') ?? 'default';
  const screening = r.optObject(o.screening, 'screening');
  const threshold = screening ? r.optNumber(screening.threshold, 'screening.threshold') : undefined;
  if (threshold !== undefined && (threshold <= 0 || threshold > 1)) r.fail('screening.threshold', 'must be in (0, 1]');

  const custom = r.array(o.custom, 'custom').map((c, i) => customRule(r, c, `custom[${i}]`));
  const all = [...defs, ...custom];
  const byCode = new Map(all.map((d) => [d.code, d]));
  if (byCode.size !== all.length) r.fail('custom', 'a custom rule reuses an existing reason code');

  const overrides = r.optObject(o.rules, 'rules') ?? {};
  for (const code of Object.keys(overrides)) if (!byCode.has(code)) r.fail(`rules.${code}`, `no rule with this reason code (known: ${[...byCode.keys()].join(', ')})`);

  const rules = all.map((def): EffectiveRule => {
    const f = `rules.${def.code}`;
    const ov = r.optObject(overrides[def.code], f) ?? {};
    for (const k of Object.keys(ov)) if (!['enabled', 'action', 'score', 'params'].includes(k)) r.fail(`${f}.${k}`, 'unknown key (expected enabled, action, score, params)');
    const enabled = r.optBoolean(ov.enabled, `${f}.enabled`) ?? true;
    const action = r.optOneOf(ov.action, `${f}.action`, ACTIONS) ?? def.action;
    if (def.hardControl && !enabled) r.fail(`${f}.enabled`, `${def.code} enforces hard control ${def.hardControl} and cannot be disabled`);
    if (def.hardControl && SEVERITY[action] < SEVERITY[def.action]) r.fail(`${f}.action`, `${def.code} enforces hard control ${def.hardControl}: its action cannot be softened below "${def.action}"`);
    const score = r.optNumber(ov.score, `${f}.score`) ?? def.score;
    if (score < 0 || score > 100) r.fail(`${f}.score`, 'must be 0..100');
    const pov = r.optObject(ov.params, `${f}.params`) ?? {};
    for (const k of Object.keys(pov)) if (!(k in def.params)) r.fail(`${f}.params.${k}`, `unknown parameter (known: ${Object.keys(def.params).join(', ') || 'none'})`);
    const params: Params = {};
    for (const [name, spec] of Object.entries(def.params)) params[name] = pov[name] === undefined ? spec.default : paramValue(r, spec, pov[name], `${f}.params.${name}`);
    return { def, enabled, action, score, params };
  });

  const effective = {
    version,
    screeningThreshold: threshold ?? null,
    referenceHash,
    rules: rules.map((x) => ({ code: x.def.code, when: x.def.when, evidence: x.def.evidence, enabled: x.enabled, action: x.action, score: x.score, params: x.params })),
  };
  const hash = createHash('sha256').update(JSON.stringify(effective)).digest('hex').slice(0, 16);
  return { version, id: `${version}@${hash}`, hash, screeningThreshold: threshold, rules };
}

function paramValue(r: FieldReader, spec: ParamSpec, v: unknown, f: string): ParamValue {
  switch (spec.type) {
    case 'number': {
      const n = r.optNumber(v, f);
      if (n === undefined) r.fail(f, 'expected a number');
      return n;
    }
    case 'date':
      return r.date(v, f);
    case 'string':
      return r.string(v, f);
    case 'strings':
      if (!Array.isArray(v)) r.fail(f, 'expected an array of strings');
      return r.strings(v, f);
    case 'boolean': {
      const b = r.optBoolean(v, f);
      if (b === undefined) r.fail(f, 'expected true or false');
      return b;
    }
    case 'money': {
      const m = readMoney(r, v, f);
      if (!m) r.fail(f, 'expected an amount such as "250000.00 USD"');
      return m;
    }
  }
}

function customRule(r: FieldReader, raw: unknown, f: string): RuleDefinition {
  const o = r.object(raw, f);
  const code = r.string(o.code, `${f}.code`);
  if (!/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/.test(code)) r.fail(`${f}.code`, 'reason codes are upper case letters, digits and dashes, e.g. "BANK-1"');
  const appliesTo = r.strings(o.appliesTo, `${f}.appliesTo`) as EventKind[];
  appliesTo.forEach((k, i) => {
    if (!EVENT_KINDS.includes(k)) r.fail(`${f}.appliesTo[${i}]`, `unknown event kind (one of ${EVENT_KINDS.join(', ')})`);
  });
  const params: Record<string, ParamSpec> = {};
  for (const [name, v] of Object.entries(r.optObject(o.params, `${f}.params`) ?? {})) {
    const type: ParamSpec['type'] = typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : Array.isArray(v) ? 'strings' : 'string';
    params[name] = { type, default: paramValue(r, { type, default: 0, description: '', source: '' }, v, `${f}.params.${name}`), description: 'custom', source: 'user configuration' };
  }
  return {
    code,
    pack: 'custom',
    title: r.string(o.title, `${f}.title`),
    appliesTo: appliesTo.length ? appliesTo : EVENT_KINDS,
    when: r.string(o.when, `${f}.when`),
    evidence: r.optString(o.evidence, `${f}.evidence`) ?? '{}',
    action: r.optOneOf(o.action, `${f}.action`, ACTIONS) ?? 'alert',
    score: r.optNumber(o.score, `${f}.score`) ?? 50,
    source: r.optString(o.source, `${f}.source`) ?? 'user configuration',
    params,
  };
}

/** Money-typed params are Money objects; everything else is as given. */
export function isMoney(v: ParamValue): v is Money {
  return typeof v === 'object' && !Array.isArray(v) && v !== null && 'minor' in v;
}

export { EventValidationError as PackConfigError };
