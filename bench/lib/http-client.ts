// One request at a time over one kept-alive loopback connection (node:http, lighter than fetch), timed from the
// request's start to the last byte of its body; the Server-Timing header is kept per request.
import http from 'node:http';
import superjson from 'superjson';

export interface TimedResponse {
	status: number;
	ms: number;
	body: string;
	/** Server-Timing entries by name (`session;dur=1.2` → { session: 1.2 }), empty when the header is missing. */
	serverTiming: Record<string, number>;
}

export function parseServerTiming(header: string | string[] | undefined): Record<string, number> {
	const timings: Record<string, number> = {};
	const text = Array.isArray(header) ? header.join(',') : (header ?? '');
	for (const entry of text.split(',')) {
		const [name, ...params] = entry.split(';').map((part) => part.trim());
		if (!name) continue;
		const dur = params.find((p) => p.startsWith('dur='));
		const value = dur ? Number(dur.slice(4)) : NaN;
		if (Number.isFinite(value)) timings[name] = value;
	}
	return timings;
}

export class HttpClient {
	private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
	constructor(readonly baseUrl: string) {}

	get(pathAndQuery: string, headers: Record<string, string> = {}): Promise<TimedResponse> {
		const url = new URL(pathAndQuery, this.baseUrl);
		return new Promise((resolve, reject) => {
			const started = performance.now();
			const request = http.request(
				url,
				{ method: 'GET', agent: this.agent, headers: { 'accept-encoding': 'identity', ...headers } },
				(response) => {
					const chunks: Buffer[] = [];
					response.on('data', (chunk: Buffer) => chunks.push(chunk));
					response.on('error', reject);
					response.on('end', () =>
						resolve({
							status: response.statusCode ?? 0,
							ms: performance.now() - started,
							body: Buffer.concat(chunks).toString('utf8'),
							serverTiming: parseServerTiming(response.headers['server-timing'])
						})
					);
				}
			);
			request.setTimeout(30_000, () => request.destroy(new Error(`timeout: GET ${pathAndQuery}`)));
			request.on('error', reject);
			request.end();
		});
	}

	close() {
		this.agent.destroy();
	}
}

/**
 * The query address the app's browser client sends (httpBatchLink, superjson): `/api/trpc/a,b?batch=1&input=…`,
 * each input serialized by superjson under its index.
 */
export function trpcQueryPath(calls: { path: string; input?: unknown }[]) {
	const input = Object.fromEntries(calls.map((c, i) => [i, superjson.serialize(c.input)]));
	return `/api/trpc/${calls.map((c) => c.path).join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
}

/** A batch answer's problems: the calls that did not answer with a result. */
export function trpcBatchErrors(body: string, paths: string[]): string[] {
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		return [`not JSON: ${body.slice(0, 120)}`];
	}
	if (!Array.isArray(parsed)) return ['not a batch answer'];
	return parsed.flatMap((item: { result?: unknown; error?: { json?: { message?: string } } }, i) =>
		item.result ? [] : [`${paths[i]}: ${item.error?.json?.message ?? 'no result'}`]
	);
}

/** The data of the batch's first call (superjson-decoded). */
export function trpcBatchData<T>(body: string): T {
	const [first] = JSON.parse(body) as { result: { data: { json: unknown; meta?: never } } }[];
	return superjson.deserialize(first.result.data as never) as T;
}
