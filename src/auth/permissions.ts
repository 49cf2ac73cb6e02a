import type { Role } from './roles.js';

/**
 * The permission table: every action the system offers, whether it changes anything, and which roles
 * may do it. HTTP routes name one permission each and ask `can()`; repository functions that enforce a
 * rule themselves (four eyes) read the same table, so a role means the same thing everywhere.
 *
 * Separation of duties: admin manages the system (keys, users, list imports) but does not decide on
 * alerts; supervisors approve what analysts propose; the auditor reads everything and changes nothing.
 */
interface PermissionRule {
  /** True when the action only reads. The auditor role may hold read-only permissions only. */
  readOnly: boolean;
  roles: readonly Role[];
  description: string;
}

const ALL: readonly Role[] = ['analyst', 'supervisor', 'admin', 'auditor'];

export const PERMISSIONS = {
  'health:read': { readOnly: true, roles: ALL, description: 'service health and the list versions in force' },
  'lists:read': { readOnly: true, roles: ALL, description: 'list versions, diffs, listed parties' },
  'lists:import': { readOnly: false, roles: ['admin'], description: 'import or update a list version' },
  'screen:run': { readOnly: false, roles: ['analyst', 'supervisor', 'admin'], description: 'screen a query or a batch (recorded in the audit log)' },
  'parties:read': { readOnly: true, roles: ALL, description: 'the organisation\'s parties' },
  'parties:write': { readOnly: false, roles: ['analyst', 'supervisor', 'admin'], description: 'import or change parties' },
  'alerts:read': { readOnly: true, roles: ALL, description: 'alerts with their explanations' },
  'alerts:transition': { readOnly: false, roles: ['analyst', 'supervisor'], description: 'move an alert between working states' },
  'cases:read': { readOnly: true, roles: ALL, description: 'cases and the alerts they gather' },
  'cases:write': { readOnly: false, roles: ['analyst', 'supervisor'], description: 'open, attach to and close cases' },
  'decisions:read': { readOnly: true, roles: ALL, description: 'decisions, pending and made' },
  'decisions:propose': { readOnly: false, roles: ['analyst', 'supervisor'], description: 'propose closing an alert (the maker)' },
  'decisions:approve': { readOnly: false, roles: ['supervisor'], description: 'approve or reject another person\'s proposal (the checker)' },
  'events:submit': { readOnly: false, roles: ['analyst', 'supervisor', 'admin'], description: 'submit events (payments, cargoes, cultural objects) to be judged by the rule packs and recorded' },
  'rule-alerts:read': { readOnly: true, roles: ALL, description: 'rule alerts with their events and evidence' },
  'rule-alerts:transition': { readOnly: false, roles: ['analyst', 'supervisor'], description: 'move a rule alert between working states' },
  'monitoring:read': { readOnly: true, roles: ALL, description: 'monitoring figures: alerts per rule and day, false-positive rates, listing-to-freeze times' },
  'allowlist:read': { readOnly: true, roles: ALL, description: 'allow-list entries' },
  'allowlist:revoke': { readOnly: false, roles: ['supervisor'], description: 'revoke an allow-list entry before it expires' },
  'freeze:read': { readOnly: true, roles: ALL, description: 'freeze records' },
  'reports:export': { readOnly: false, roles: ['analyst', 'supervisor', 'admin'], description: 'export reports (goAML, freeze reports); recorded in the audit log' },
  'reports:read': { readOnly: true, roles: ALL, description: 'reports to authorities: state, maker, checker, hash, validation errors, deadline' },
  'reports:prepare': { readOnly: false, roles: ['analyst', 'supervisor'], description: 'prepare a report from a case (the maker)' },
  'reports:check': { readOnly: false, roles: ['supervisor'], description: "approve or return another person's report (the checker)" },
  'reports:file': { readOnly: false, roles: ['analyst', 'supervisor'], description: 'mark an approved report as filed with the authority' },
  'audit:read': { readOnly: true, roles: ['supervisor', 'admin', 'auditor'], description: 'read the audit log' },
  'audit:verify': { readOnly: true, roles: ['supervisor', 'admin', 'auditor'], description: 'verify the audit chain' },
  'keys:manage': { readOnly: false, roles: ['admin'], description: 'create, list and revoke API keys' },
  'users:manage': { readOnly: false, roles: ['admin'], description: 'create and disable users' },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return PERMISSION_NAMES.filter((p) => can(role, p));
}

export class ForbiddenError extends Error {
  constructor(
    readonly role: Role,
    readonly permission: Permission,
  ) {
    super(`role ${role} may not ${permission} (${PERMISSIONS[permission].description}); allowed: ${PERMISSIONS[permission].roles.join(', ')}`);
    this.name = 'ForbiddenError';
  }
}

export function assertCan(role: Role, permission: Permission): void {
  if (!can(role, permission)) throw new ForbiddenError(role, permission);
}
