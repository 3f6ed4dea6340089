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
}

const PG_CHANNEL = 'groupwork_realtime';
/** Identifies this process, so that it does not deliver its own notifications twice. */
const origin = `${process.pid}-${Math.random().toString(36).slice(2)}`;

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

	// The listening connection is re-opened when it drops (a database restart): live updates resume by themselves.
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
		let retried = false;
		const retry = (error?: Error) => {
			if (error) console.error('realtime listener failed:', error.message);
			if (retried || closed) return;
			retried = true;
			listener.end().catch(() => {});
			setTimeout(() => listen().catch(retry), 1000).unref();
		};
		listener.on('error', retry);
		listener.on('end', () => retry());
		await listener.connect();
		await listener.query(`LISTEN ${PG_CHANNEL}`);
	}
	await listen();

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
		async close() {
			closed = true;
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
