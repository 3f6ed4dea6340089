/** The actions an audit row records (shared by the server's input schema and the filter form). */
export const AUDIT_ACTIONS = ['READ', 'CREATE', 'UPDATE', 'DELETE', 'ERASE', 'EXPORT', 'SIGN_IN'] as const;
export type AuditActionName = (typeof AUDIT_ACTIONS)[number];
