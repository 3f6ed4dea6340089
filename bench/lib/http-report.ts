// What the HTTP part of the bench writes (results-http.json) and its sections of bench/README.md, with the
// hand-written "What each millisecond is" kept from the README being replaced.
import fs from 'node:fs';
import path from 'node:path';

/** Issue #18's targets. */
export const HTTP_TARGETS = {
	whoIsAskingPostgresMs: 2,
	whoIsAskingPgliteMs: 4,
	pageOverLoadMs: 3,
	loadThroughput: 150,
	loadP99Ms: 250
};

export interface RequestResult {
	key: string;
	name: string;
	kind: 'static' | 'page' | 'procedure' | 'procedures';
	request: string;
	status: 'ok' | 'failed';
	error?: string;
	median?: number;
	p95?: number;
	n?: number;
	/** Medians of the server's Server-Timing entries (session, procedures, render, total); null without the header. */
	serverTiming?: Record<string, number> | null;
}

export interface LoadResults {
	generatedAt: string;
	database: string;
	scale: number;
	seconds: number;
	connectionsPerScenario?: number;
	scenarios: {
		name: string;
		requests: number;
		throughput: number;
		p50: number;
		p99: number;
		non2xx: number;
		errors: number;
	}[];
	serverRssMB?: number;
	note?: string;
}

export interface HttpTarget {
	target: string;
	measured: string;
	/** null: not measured (failed). */
	met: boolean | null;
}

export interface HttpDatabaseResult {
	database: string;
	/** When this database's part started (a later run on the other database only keeps it). */
	measuredAt?: string;
	status: 'ok' | 'failed';
	error?: string;
	data?: string;
	as?: string;
	requests: RequestResult[];
	pages: { name: string; route: string; pageKey: string; loadKey: string }[];
	load?: LoadResults | { error: string };
	targets: HttpTarget[];
}

export interface HttpResults {
	generatedAt: string;
	machine: { node: string; cpus: number; cpu: string; loadAverage: number[] };
	iterations: number;
	warmup: number;
	databases: HttpDatabaseResult[];
}

const PROSE_START = '<!-- hand-written: what-each-millisecond (kept by the generator) -->';
const PROSE_END = '<!-- /hand-written -->';
const SERVER_TIMING = ['session', 'procedures', 'render', 'total'];

/** The hand-written section of the README about to be replaced, markers included, or a placeholder. */
function keptProse(dir: string): string[] {
	const readme = path.join(dir, 'README.md');
	const text = fs.existsSync(readme) ? fs.readFileSync(readme, 'utf8') : '';
	const start = text.indexOf(PROSE_START);
	const end = text.indexOf(PROSE_END, start);
	if (start >= 0 && end > start) return [text.slice(start, end + PROSE_END.length), ''];
	return [PROSE_START, '', '_Not written yet._', '', PROSE_END, ''];
}

const mark = (met: boolean | null) => (met === null ? '**not measured**' : met ? 'met' : '**missed**');

function database(r: HttpDatabaseResult): string[] {
	const lines = [`### ${r.database}${r.data ? `: ${r.data}, signed in as ${r.as}` : ''}`, ''];
	if (r.measuredAt) lines.push(`Measured ${r.measuredAt.slice(0, 16).replace('T', ' ')} UTC.`, '');
	if (r.status !== 'ok') lines.push(`The timing failed: ${r.error}`, '');
	if (r.requests.length) {
		lines.push(
			'Per request, the whole request measured by the client, then the server’s `Server-Timing` medians (n/a: the server sent none).',
			'',
			'| Request | What | median ms | p95 ms | session | procedures | render | server total |',
			'|---|---|---:|---:|---:|---:|---:|---:|'
		);
		for (const q of r.requests) {
			if (q.status !== 'ok') {
				lines.push(`| \`${q.request}\` | ${q.name} | failed: ${q.error} | | | | | |`);
				continue;
			}
			const st = SERVER_TIMING.map((name) => q.serverTiming?.[name] ?? 'n/a');
			lines.push(`| \`${q.request}\` | ${q.name} | ${q.median} | ${q.p95} | ${st.join(' | ')} |`);
		}
		lines.push('');
	}
	if (r.load && 'scenarios' in r.load) {
		lines.push(
			`Load test (\`bench/load.ts\`, ${r.load.seconds} s, ${r.load.connectionsPerScenario ?? '?'} connections per scenario, scale ${r.load.scale}):`,
			'',
			'| Scenario | requests | req/s | p50 ms | p99 ms | non-2xx | errors |',
			'|---|---:|---:|---:|---:|---:|---:|'
		);
		for (const s of r.load.scenarios)
			lines.push(
				`| ${s.name} | ${s.requests} | ${s.throughput} | ${s.p50} | ${s.p99} | ${s.non2xx} | ${s.errors} |`
			);
		lines.push('');
		if (r.load.serverRssMB) lines.push(`Server memory (RSS) after the load: ${r.load.serverRssMB} MB.`, '');
		if (r.load.note) lines.push(r.load.note, '');
	}
	lines.push('#### Targets', '', '| Target | Measured | |', '|---|---|---|');
	for (const t of r.targets) lines.push(`| ${t.target} | ${t.measured} | ${mark(t.met)} |`);
	lines.push('');
	return lines;
}

/** The README's HTTP section from results-http.json (if the HTTP part ran), and the kept hand-written prose. */
export function httpReadmeLines(dir: string): string[] {
	const file = path.join(dir, 'results-http.json');
	const lines = ['## HTTP: the built server, one request at a time', ''];
	lines.push(
		'`npm run bench -- --http only|skip` (default: both parts; `--http-db postgres|pglite`, the other database keeping its previous results; `--http-load-seconds 30`, `--http-port 4530`) starts `node build` (after `npm run build`) with `SERVER_TIMING=1` on PostgreSQL (a throwaway database `<BENCH_DB_PREFIX>_http` with the bench organization at scale 1) and on PGlite (the demo data seeded at start-up in a temp `DATA_DIR`), signs in through the form as a facilitator, and times each request one at a time over one kept-alive loopback connection, in rounds that rotate the order (so the machine’s load drifts over all alike). Procedures are called as the browser client calls them (`httpBatchLink`, superjson, GET with `batch=1&input=`); a page’s load is timed as one batch of the procedures it calls. “Who is asking” is `me.get` minus the static file; a page’s target compares it with its load’s batch. Then `bench/load.ts` runs on each database.',
		''
	);
	if (fs.existsSync(file)) {
		const r = JSON.parse(fs.readFileSync(file, 'utf8')) as HttpResults;
		lines.push(
			`Measured ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC on ${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node}; ${r.iterations} timed rounds after ${r.warmup} warm-up rounds. Load average at the end: ${r.machine.loadAverage.join(' / ')} (other work was running on the machine: absolute times are pessimistic).`,
			''
		);
		for (const d of r.databases) lines.push(...database(d));
	} else lines.push('_Not run yet._', '');
	lines.push('### What each millisecond is', '', ...keptProse(dir));
	return lines;
}
