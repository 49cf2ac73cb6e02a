import type { Role } from './roles.js';

/**
 * Who is making a request: the person (user) and the role their key grants. Four-eyes rules compare
 * `userId`; permissions read `role`.
 */
export interface Principal {
  userId: number;
  username: string;
  role: Role;
  /** The API key used, when the request came with one. */
  keyId?: number;
}

export function principalLabel(p: Pick<Principal, 'username'>): `user:${string}` {
  return `user:${p.username}`;
}
