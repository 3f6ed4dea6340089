import { EventEmitter, on } from 'node:events';
import pg from 'pg';
import { databaseTargetFromEnv } from '../db/config';

/**
 * Publish/subscribe for live plans and debriefs. One instance: an in-process emitter. Several instances on one
 * PostgreSQL: every publish also goes through NOTIFY, and each instance LISTENs and re-emits locally, so a
 * change saved through one instance reaches browsers connected to another.
 */
export interface RealtimeBus {
	publish(channel: string, payload: unknown): Promise<void>;
	subscribe(channel: string, signal?: AbortSignal): AsyncIterable<unknown>;
	/** Stops listening (tests, shutdown). */
	close?(): Promise<void>;
	/**
	 * Counts the listener's connections between instances; null while it is down. Absent: one instance, nothing
	 * to miss. A change of number means notifications may have been missed in between (the session cache cares).
	 */
	connection?(): number | null;
}

/** The NOTIFY channel every instance LISTENs on; a message is `{ from, channel, payload }`. */
export const PG_CHANNEL = 'groupwork_realtime';

export function createLocalBus(): RealtimeBus & { emitLocal(channel: string, payload: unknown): void } {
	const emitter = new EventEmitter();
	emitter.setMaxListeners(0);
	return {
		async publish(channel, payload) {
			emitter.emit(channel, payload);
		},
		emitLocal(channel, payload) {
			emitter.emit(channel, payload);
		},
		async *subscribe(channel, signal) {
			try {
				for await (const [payload] of on(emitter, channel, { signal })) yield payload;
			} catch (error) {
				if ((error as Error).name !== 'AbortError') throw error;
			}
		}
	};
}

export async function createPostgresBus(url: string): Promise<RealtimeBus> {
	const local = createLocalBus();
	let closed = false;
	let current: pg.Client | null = null;
	// Identifies this bus, so that it does not deliver its own notifications twice (per bus, not per process:
	// two instances may share a process in tests).
	const origin = `${process.pid}-${Math.random().toString(36).slice(2)}`;
	let connections = 0;
	let connected: number | null = null;

	// The listening connection is re-opened when it drops (a database restart), and again every second until it
	// is back: live updates resume by themselves.
	function reconnect(error?: Error) {
		if (error) console.error('realtime listener failed:', error.message);
		connected = null;
		if (closed) return;
		setTimeout(() => {
			if (!closed) listen().catch(() => {});
		}, 1000).unref();
	}
	async function listen(): Promise<void> {
		const listener = new pg.Client({ connectionString: url });
		current = listener;
		listener.on('notification', (message) => {
			if (!message.payload) return;
			const { from, channel, payload } = JSON.parse(message.payload) as {
				from: string;
				channel: string;
				payload: unknown;
			};
			if (from !== origin) local.emitLocal(channel, payload);
		});
		let dropped = false;
		const drop = (error?: Error) => {
			if (dropped) return;
			dropped = true;
			listener.end().catch(() => {});
			reconnect(error);
		};
		listener.on('error', drop);
		listener.on('end', () => drop());
		try {
			await listener.connect();
			await listener.query(`LISTEN ${PG_CHANNEL}`);
		} catch (error) {
			drop(error as Error);
			throw error;
		}
		if (closed) await listener.end().catch(() => {});
		else if (!dropped) connected = connections += 1;
	}
	// The first connection must work: a wrong URL stops the start-up instead of retrying for ever.
	await listen().catch((error: unknown) => {
		closed = true;
		throw error;
	});

	const notifier = new pg.Pool({ connectionString: url, max: 2 });
	// An idle pooled connection that the server drops must not crash the process.
	notifier.on('error', (error) => console.error('realtime notifier connection failed:', error.message));
	return {
		async publish(channel, payload) {
			local.emitLocal(channel, payload);
			// NOTIFY payloads are limited to 8000 bytes: publish ids and versions, and let clients fetch the rest.
			await notifier.query('SELECT pg_notify($1, $2)', [
				PG_CHANNEL,
				JSON.stringify({ from: origin, channel, payload })
			]);
		},
		subscribe: local.subscribe,
		connection: () => connected,
		async close() {
			closed = true;
			connected = null;
			await current?.end().catch(() => {});
			await notifier.end();
		}
	};
}

let bus: Promise<RealtimeBus> | undefined;

export function realtime(): Promise<RealtimeBus> {
	bus ??= (async () => {
		const target = databaseTargetFromEnv();
		return target.kind === 'postgres' ? createPostgresBus(target.url) : createLocalBus();
	})();
	return bus;
}
