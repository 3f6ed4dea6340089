/** The realtime channel on which a session's plan announces new versions: `{ sessionId, version }`. */
export const planChannel = (sessionId: string) => `plan:${sessionId}`;

export interface PlanChange {
	sessionId: string;
	version: number;
	/** Who saved, so that a client can tell its own save from a co-leader's. */
	byUserId: string;
}
