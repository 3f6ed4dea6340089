import type { Viewer } from '../../domain/viewer';

/** What a revocation drops from every instance's cache: one session, a person's sessions, an organization's, or all. */
export type Revocation =
	{ sessionId: string } | { userId: string } | { organizationId: string } | { all: true };

/** A resolved session as the cache keeps it: who is asking, and until when the answer may be reused. */
export interface CachedSession {
	viewer: Viewer & { authSessionId: string };
	/** Epoch milliseconds: when better-auth would extend the session (sliding refresh); the cache stops there. */
	refreshAt: number;
}

export interface SessionCacheOptions {
	/** At most this many sessions are kept; the least recently used goes first. */
	maxEntries: number;
	/** An entry is read again from the database after this long, even without a revocation (a safety net). */
	ttlMs: number;
	/**
	 * The bus listener's connection number, null while it is down. Entries are served only while it is up and
	 * unchanged: a revocation published while it was down (or reconnecting) was not heard.
	 */
	connection: () => number | null;
	now?: () => number;
}

interface Entry {
	session: CachedSession;
	storedAt: number;
	connection: number;
}

/** Taken before a session is read from the database; a read that a revocation overtook is not stored. */
export interface FillTicket {
	generation: number;
	connection: number | null;
}

/**
 * The in-process cache of resolved sessions, keyed by a keyed hash of the session token (never the token). It
 * is bounded, expires its entries, and forgets everything a revocation names; while the bus that carries
 * revocations between instances is down it serves nothing.
 */
export class SessionCache {
	readonly #entries = new Map<string, Entry>();
	readonly #options: SessionCacheOptions;
	readonly #now: () => number;
	/** Counts revocations: a fill that started before one may hold what it revoked. */
	#generation = 0;

	constructor(options: SessionCacheOptions) {
		this.#options = options;
		this.#now = options.now ?? Date.now;
	}

	get size() {
		return this.#entries.size;
	}

	get(key: string): CachedSession | null {
		const connection = this.#options.connection();
		if (connection === null) {
			this.#entries.clear();
			return null;
		}
		const entry = this.#entries.get(key);
		if (!entry) return null;
		const now = this.#now();
		if (
			entry.connection !== connection ||
			now - entry.storedAt >= this.#options.ttlMs ||
			now >= entry.session.refreshAt
		) {
			this.#entries.delete(key);
			return null;
		}
		// Most recently used last: eviction takes the first.
		this.#entries.delete(key);
		this.#entries.set(key, entry);
		return entry.session;
	}

	ticket(): FillTicket {
		return { generation: this.#generation, connection: this.#options.connection() };
	}

	/** Keeps a session read from the database, unless a revocation or a bus outage came since the ticket. */
	store(key: string, session: CachedSession, ticket: FillTicket) {
		const connection = this.#options.connection();
		if (connection === null || connection !== ticket.connection || ticket.generation !== this.#generation)
			return false;
		this.#entries.delete(key);
		this.#entries.set(key, { session, storedAt: this.#now(), connection });
		for (const oldest of this.#entries.keys()) {
			if (this.#entries.size <= this.#options.maxEntries) break;
			this.#entries.delete(oldest);
		}
		return true;
	}

	invalidate(revocation: Revocation) {
		this.#generation += 1;
		if ('all' in revocation) {
			this.#entries.clear();
			return;
		}
		for (const [key, { session }] of this.#entries)
			if (matches(session.viewer, revocation)) this.#entries.delete(key);
	}

	clear() {
		this.#generation += 1;
		this.#entries.clear();
	}
}

function matches(viewer: CachedSession['viewer'], revocation: Exclude<Revocation, { all: true }>) {
	if ('sessionId' in revocation) return viewer.authSessionId === revocation.sessionId;
	if ('userId' in revocation) return viewer.userId === revocation.userId;
	return viewer.organizationId === revocation.organizationId;
}
