/** The realtime channel of one session's debrief. */
export const debriefChannel = (sessionId: string) => `debrief:${sessionId}`;

/** What is published on it: a Yjs update (omitted when too large for NOTIFY: clients then fetch the state). */
export type DebriefEvent =
	| { type: 'update'; clientId: string; update: string | null; version: number }
	| { type: 'comment'; commentId: string }
	/** Someone's presence (Yjs awareness update, base64): who is here and the section they type in. */
	| { type: 'presence'; clientId: string; update: string };

/** PostgreSQL NOTIFY payloads stay under 8000 bytes. */
export const MAX_LIVE_UPDATE_CHARS = 6000;
