import type { Principal } from '../auth/principal.js';
import type { Role } from '../auth/roles.js';
import type { AuditActor } from './audit-actions.js';

/**
 * Who acts on an alert: a person (with the role their key grants) or the system itself (re-screening
 * after a list update). The system may move alerts into review but never decides: decisions need
 * people, and four eyes need two of them.
 */
export type CaseActor = ({ type: 'user' } & Principal) | { type: 'system'; component: string };

export function userActor(p: Principal): CaseActor {
  return { type: 'user', ...p };
}

export function systemActor(component: string): CaseActor {
  return { type: 'system', component };
}

/** The role a transition rule is checked against. */
export function actorRole(actor: CaseActor): Role | 'system' {
  return actor.type === 'user' ? actor.role : 'system';
}

export function auditActorOf(actor: CaseActor): AuditActor {
  return actor.type === 'user' ? `user:${actor.username}` : `system:${actor.component}`;
}
