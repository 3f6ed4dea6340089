/** The kinds of entries a member's record gathers (shared by the server's input schema and the filter form). */
export const RECORD_KINDS = ['ATTENDANCE', 'MEASURE', 'INTERACTION', 'OBSERVATION', 'CONFLICT'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
