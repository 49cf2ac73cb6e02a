/**
 * Everything the audit log records, in one list, so "is X audited?" has one place to look and a typo
 * in an action name is a compile error. Add to it when a new kind of event must leave a trace.
 */
export const AUDIT_ACTIONS = [
  // lists and screening
  'list.import',
  'party.import',
  'screening.run',
  // alerts and cases
  'alert.raise',
  'alert.suppress',
  'alert.transition',
  'case.open',
  'case.attach',
  'case.close',
  // four-eyes decisions and their effects
  'decision.propose',
  'decision.approve',
  'decision.reject',
  'decision.withdraw',
  'allowlist.add',
  'allowlist.revoke',
  'freeze.create',
  // monitoring of payments, cargoes and cultural objects
  'event.process',
  'rule-alert.raise',
  'rule-alert.transition',
  'payment.block',
  'object.refuse',
  'rulepack.activate',
  // reports and data leaving the system
  'report.prepare',
  'report.approve',
  'report.return',
  'report.file',
  'export',
  // access
  'user.create',
  'key.create',
  'key.revoke',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who acted, as written in the log: "user:<username>", "system:<component>", "cli:<os user>". */
export type AuditActor = `user:${string}` | `system:${string}` | `cli:${string}`;
