import type { OrgRole } from '../db/generated/enums';

/**
 * Who may call a procedure, declared on the procedure builder and inherited by every procedure built from it.
 * The security suite reads this from the router itself and checks every procedure against every kind of caller.
 */
export type Access =
	| { kind: 'public' }
	| { kind: 'authed' }
	| { kind: 'role'; roles: OrgRole[] }
	| { kind: 'group'; mode: 'read' | 'write' | 'leaders' }
	| { kind: 'session'; mode: 'read' | 'write' }
	| { kind: 'member'; mode: 'read' | 'write' };

export interface Meta {
	access: Access;
}
