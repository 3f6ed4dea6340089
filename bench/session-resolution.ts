// npx tsx bench/session-resolution.ts [--rounds 400] [--db pglite|postgres|both] [--build build,other-build]
// What resolving "who is asking" costs over HTTP: starts the built server (`npm run build` first) on the demo data,
// signs in as the demo facilitator, then asks one request at a time on loopback, interleaved: a static file, and
// `/api/trpc/me.get` with the session cookie. Prints the medians and their difference (issue #18's measure: at
// most 2 ms on PostgreSQL, 4 ms on PGlite). Several builds given with --build are measured interleaved too, so a
// before/after comparison sees the same machine load.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/lib/server/db/seed';
import {
	signInCookie,
	startServer,
	tempDataDir,
	type ServerProcess
} from '../tests/e2e/support/server-process';

function argument(name: string, fallback: string) {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}
const rounds = Number(argument('rounds', '400'));
const kinds = argument('db', 'both') === 'both' ? ['pglite', 'postgres'] : [argument('db', 'pglite')];
const builds = argument('build', 'build').split(',');
const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const prefix = (process.env.BENCH_DB_PREFIX ?? 'gw_bench').replace(/[^a-z0-9_]/g, '');
const TARGET_MS: Record<string, number> = { pglite: 4, postgres: 2 };

for (const build of builds)
	if (!fs.existsSync(path.resolve(build, 'index.js'))) {
		console.error(`no build in ${build}: run \`npm run build\` first`);
		process.exit(2);
	}

async function adminQuery(sql: string) {
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	try {
		await admin.query(sql);
	} finally {
		await admin.end();
	}
}

interface Instance {
	build: string;
	server: ServerProcess;
	cookie: string;
	cleanup: () => Promise<void>;
}

async function start(kind: string, build: string, index: number): Promise<Instance> {
	process.env.E2E_BUILD_DIR = build;
	let databaseUrl: string | undefined;
	let dataDir: string | undefined;
	let cleanup = async () => {};
	if (kind === 'postgres') {
		const name = `${prefix}_session_${index}`;
		await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		await adminQuery(`CREATE DATABASE ${name}`);
		databaseUrl = adminUrl.replace(/\/[^/]*$/, `/${name}`);
		cleanup = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	} else {
		dataDir = tempDataDir('gw-session-bench-');
		const dir = dataDir;
		cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
	}
	const server = await startServer({ databaseUrl, dataDir });
	const cookie = await signInCookie(server.url, DEMO_USERS.facilitator.email, DEMO_PASSWORD);
	return { build, server, cookie, cleanup };
}

async function timed(url: string, headers: Record<string, string> = {}) {
	const started = performance.now();
	const response = await fetch(url, { headers });
	await response.arrayBuffer();
	const ms = performance.now() - started;
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return ms;
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};

for (const kind of kinds) {
	const instances: Instance[] = [];
	try {
		for (const [i, build] of builds.entries()) instances.push(await start(kind, build, i));
		const times = instances.map(() => ({ file: [] as number[], me: [] as number[] }));
		const meUrl = (i: Instance) => `${i.server.url}/api/trpc/me.get`;
		// Warm-up: JIT, connection pools, caches.
		for (const instance of instances)
			for (let r = 0; r < 50; r++) {
				await timed(`${instance.server.url}/favicon.svg`);
				await timed(meUrl(instance), { cookie: instance.cookie });
			}
		// Interleaved in blocks: one server's work left over after its answer must not slow another's next request.
		const BLOCK = 25;
		for (let r = 0; r < rounds; r += BLOCK)
			for (const [n, instance] of instances.entries())
				for (let i = 0; i < BLOCK; i++) {
					times[n].file.push(await timed(`${instance.server.url}/favicon.svg`));
					times[n].me.push(await timed(meUrl(instance), { cookie: instance.cookie }));
				}
		for (const [n, instance] of instances.entries()) {
			const file = median(times[n].file);
			const me = median(times[n].me);
			const difference = me - file;
			console.log(
				`${kind.padEnd(8)} ${instance.build.padEnd(24)} static ${file.toFixed(2)} ms   me.get ${me.toFixed(2)} ms   ` +
					`difference ${difference.toFixed(2)} ms (target ≤ ${TARGET_MS[kind]} ms: ${difference <= TARGET_MS[kind] ? 'met' : 'missed'})`
			);
		}
	} finally {
		for (const instance of instances) {
			await instance.server.kill();
			await instance.cleanup();
		}
	}
}
