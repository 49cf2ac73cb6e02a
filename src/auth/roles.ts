/**
 * The four roles. A role belongs to an API key (what a request is allowed to do); the person behind
 * the key is its user, and four-eyes rules compare users, never keys, so one person holding two keys
 * is still one person.
 */
export const ROLES = ['analyst', 'supervisor', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
