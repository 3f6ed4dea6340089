/**
 * The audit log's vocabulary: what was done (action) to which kind of record (entity). Rows store these keys;
 * the viewer shows them in the reader's language (`audit.action.<key>`, `audit.entity.<key>`), and the server's
 * audit writers accept only these, so a new kind of record cannot reach the log without a label.
 */
export const AUDIT_ACTIONS = ['READ', 'CREATE', 'UPDATE', 'DELETE', 'ERASE', 'EXPORT', 'SIGN_IN'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITIES = [
	// People and settings
	'Organization',
	'User',
	'Membership',
	'AuditLog',
	// Groups
	'Group',
	'GroupLeader',
	'GroupMembers',
	'GroupClosed',
	'GroupArchive',
	'PlanDocument',
	'SessionCalendar',
	'SignInSheet',
	// Members
	'Member',
	'MemberImport',
	'MemberRecord',
	'Consent',
	'ConsentWithdrawal',
	// Sessions and what is written in them
	'Session',
	'SessionPlan',
	'Attendance',
	'Debrief',
	'DebriefComment',
	'ConflictLog',
	'InteractionNote',
	'Observation',
	'MeasureResponse',
	'MeasureNorms',
	'SessionAttachment',
	// Review and sign-off
	'ReviewRequest',
	'ReviewComment',
	'ReviewSignOff',
	'Addendum',
	'SelfReportLink',
	'SelfReportResponse',
	// Reports
	'MemberProgress',
	'ClosingReport',
	'GroupComparison',
	'ServiceStatistics',
	// Documents of a session and of the group
	'SessionRecord',
	'GoalVerdicts'
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export function isAuditAction(value: string): value is AuditAction {
	return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export function isAuditEntity(value: string): value is AuditEntity {
	return (AUDIT_ENTITIES as readonly string[]).includes(value);
}

/**
 * Debrief edits arrive as a stream of small live updates (keystrokes, batched by the editor). One row per editor per
 * debrief per this window says who changed it and when, without a row per keystroke.
 */
export const DEBRIEF_EDIT_AUDIT_WINDOW_MS = 10 * 60_000;
