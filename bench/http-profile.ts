// npx tsx bench/http-profile.ts [--db pglite|postgres] [--requests 300] [--path me.get|/|…] [--port 4540] [--top]
//   (a path may name the data's ids: /groups/{group}/sessions/{session}/plan, /groups/{group}/progress/{member})
// Where a signed-in request's milliseconds go: starts the built server under the V8 CPU profiler (NODE_OPTIONS
// --cpu-prof) on the HTTP part's data (bench/http.ts), signs in as its facilitator, sends --requests requests
// one at a time, stops the server and sums the profile's self time per package (better-auth, Prisma, pg or
// PGlite, tRPC, superjson, the bundled SvelteKit app, Node's HTTP), per request. CPU only: time the server waits
// for PostgreSQL shows as idle. For the README's hand-written "What each millisecond is".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { HttpClient, trpcQueryPath } from './lib/http-client';
import { assertBuilt, discoverIds, prepare, type HttpDatabase } from './http';
import { signInCookie, startServer } from '../tests/e2e/support/server-process';

function argument(name: string, fallback: string) {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}
const kind = argument('db', 'pglite') as HttpDatabase;
const requests = Number(argument('requests', '300'));
const target = argument('path', 'me.get');
const port = Number(argument('port', '4540'));

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string };
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	startTime: number;
	samples: number[];
	timeDeltas: number[];
}

/** The package (or part of the build) a frame belongs to. */
function category(node: ProfileNode): string {
	const { url, functionName } = node.callFrame;
	if (!url) {
		if (['(idle)', '(program)', '(garbage collector)'].includes(functionName)) return functionName;
		return 'Node (native)';
	}
	const modules = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
	const pkg = modules?.[modules.length - 1]?.replace('node_modules/', '');
	if (pkg) {
		if (/better-auth|better-call|jose|@noble|@better-auth|kysely/.test(pkg)) return 'better-auth';
		if (/@prisma|^prisma$/.test(pkg)) return 'Prisma client';
		if (/^pg|pg-protocol|pg-pool|pg-types/.test(pkg)) return 'pg driver';
		if (/@electric-sql\/pglite|pglite-prisma-adapter/.test(pkg)) return 'PGlite';
		if (/@trpc/.test(pkg)) return 'tRPC';
		if (/superjson|copy-anything|is-what/.test(pkg)) return 'superjson';
		if (/zod/.test(pkg)) return 'zod';
		return `other: ${pkg}`;
	}
	if (/\/src\/lib\/server\/db\/generated\//.test(url)) return 'Prisma client';
	// better-auth (and its helpers) is bundled into the build's auth chunk.
	if (/\/build\/server\/chunks\/.*\bauth\.js-/.test(url)) return 'better-auth';
	if (url.startsWith('wasm://')) return `WebAssembly ${url.slice(12)}`;
	if (/\/build\/server\//.test(url)) return 'SvelteKit + app + Svelte SSR (bundled)';
	if (/\/build\//.test(url)) return 'adapter-node (polka, sirv)';
	if (url.startsWith('node:')) return 'Node (HTTP, streams, crypto…)';
	return `other: ${path.basename(url)}`;
}

/** Self time (ms) per category of the samples taken in [from, to] (µs of the monotonic clock V8 stamps them with). */
function summarize(profile: Profile, from: number, to: number) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const totals = new Map<string, number>();
	let at = profile.startTime;
	profile.samples.forEach((id, i) => {
		at += profile.timeDeltas[i] ?? 0;
		if (at < from || at > to) return;
		const name = category(byId.get(id)!);
		totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
	});
	return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

assertBuilt();
const prepared = await prepare(kind, {
	adminUrl: process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
	dbPrefix: `${(process.env.BENCH_DB_PREFIX ?? 'gw_bench').replace(/[^a-z0-9_]/g, '')}_prof`
});
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-http-profile-'));
// The profiler runs from a preload (Node refuses --cpu-prof in NODE_OPTIONS) and writes its profile when
// adapter-node shuts down on SIGTERM, then exits (the open database would keep the process alive).
const preload = path.join(dir, 'profile.mjs');
fs.writeFileSync(
	preload,
	`import inspector from 'node:inspector';
import fs from 'node:fs';
const session = new inspector.Session();
session.connect();
session.post('Profiler.enable', () =>
	session.post('Profiler.setSamplingInterval', { interval: 200 }, () => session.post('Profiler.start'))
);
process.on('sveltekit:shutdown', () =>
	session.post('Profiler.stop', (error, result) => {
		if (!error) fs.writeFileSync(${JSON.stringify(path.join(dir, 'server.cpuprofile'))}, JSON.stringify(result.profile));
		process.exit(0);
	})
);
`
);
const window = { from: 0, to: 0 };
try {
	const server = await startServer({
		port,
		...prepared.server,
		env: {
			SIGN_IN_RATE_LIMIT: '1000',
			NODE_OPTIONS: `--import=${preload}`
		}
	});
	const client = new HttpClient(server.url);
	try {
		const cookie = await signInCookie(server.url, prepared.email, prepared.password);
		const ids = /\{\w+\}/.test(target) ? (prepared.ids ?? (await discoverIds(client, cookie))) : undefined;
		const address = target.startsWith('/')
			? target
					.replace('{group}', ids?.groupId ?? '')
					.replace('{session}', ids?.sessionId ?? '')
					.replace('{member}', ids?.memberId ?? '')
			: trpcQueryPath([{ path: target }]);
		// PostgreSQL: statements per request, from the database's transaction count (each statement outside a
		// transaction is one); a backend reports its counts when idle for 10 s, hence the wait.
		const transactions = async () => {
			if (!prepared.server.databaseUrl) return 0;
			const client = new pg.Client({ connectionString: prepared.server.databaseUrl });
			await client.connect();
			const { rows } = await client.query(
				'select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()'
			);
			await client.end();
			return Number(rows[0].n);
		};
		const settle = () =>
			new Promise((resolve) => setTimeout(resolve, prepared.server.databaseUrl ? 11_000 : 0));
		await settle();
		const before = await transactions();
		let wall = 0;
		// The same clock as the profile's timestamps (CLOCK_MONOTONIC, in µs), so that only these requests count.
		window.from = Number(process.hrtime.bigint() / 1000n);
		for (let i = 0; i < requests; i++) {
			const answer = await client.get(address, { cookie });
			if (answer.status !== 200) throw new Error(`${target}: HTTP ${answer.status}`);
			wall += answer.ms;
		}
		window.to = Number(process.hrtime.bigint() / 1000n);
		await settle();
		// Less the two counting transactions themselves (one per reading connection).
		if (prepared.server.databaseUrl)
			console.log(`${((await transactions()) - before - 1) / requests} transactions per request`);
		console.log(
			`${requests} × ${target} on ${kind}: ${(wall / requests).toFixed(2)} ms per request (mean, profiled)`
		);
	} finally {
		client.close();
		await server.kill();
	}
	const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
	if (!file) throw new Error('the server wrote no profile');
	const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Profile;
	console.log("The server's CPU self time per request (idle: waiting for the database or the next request):");
	for (const [name, ms] of summarize(profile, window.from, window.to))
		if (ms / requests >= 0.01) console.log(`  ${name.padEnd(44)} ${(ms / requests).toFixed(2)} ms`);
	if (process.argv.includes('--top')) {
		const byId = new Map(profile.nodes.map((n) => [n.id, n]));
		const frames = new Map<string, number>();
		let at = profile.startTime;
		profile.samples.forEach((id, i) => {
			at += profile.timeDeltas[i] ?? 0;
			if (at < window.from || at > window.to) return;
			const { functionName, url } = byId.get(id)!.callFrame;
			const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '')}`;
			frames.set(key, (frames.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
		});
		for (const [key, ms] of [...frames].sort((a, b) => b[1] - a[1]).slice(0, 40))
			console.log(`    ${(ms / requests).toFixed(3)} ms  ${key.slice(0, 140)}`);
	}
	if (process.argv.includes('--keep-profile')) console.log(`profile: ${path.join(dir, file)}`);
} finally {
	if (!process.argv.includes('--keep-profile')) fs.rmSync(dir, { recursive: true, force: true });
	await prepared.release();
}
process.exit(0);
