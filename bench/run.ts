// npm run bench [-- --scales 1,10 --db postgres|pglite --iterations 40]
// Seeds a large organization per scale into a throwaway database, then times the procedures people wait on
// (through the tRPC caller, as the endpoint runs them) against hand-written SQL returning the same data.
// Writes bench/results.json and the tables of bench/README.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { migrationsDir } from '../src/lib/server/db/config';
import { openDatabase, type DatabaseHandle } from '../src/lib/server/db/client';
import { applyMigrations } from '../src/lib/server/db/migrate';
import { seedLibrary } from '../src/lib/server/db/seed';
import { addDays, localDate, startOfDayInZone } from '../src/lib/domain/dates';
import { appRouter, createCaller } from '../src/lib/server/routers';
import { planItemSelect } from '../src/lib/server/services/plans/get-plan';
import { viewerFor } from '../src/lib/server/trpc/context';
import { seedLargeOrganization, type LargeOrg } from './lib/large-org';
import { baselines, type BaselineIds } from './lib/baselines';
import { pageWeights } from './lib/page-weight';
import { formatFiles, writeReadme } from './lib/report';
import { assertBuilt, runHttpBench, type HttpDatabase } from './http';

function argument(name: string, fallback: string) {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const scales = argument('scales', '1,10')
	.split(',')
	.map((s) => Number(s.trim()))
	.filter((n) => Number.isInteger(n) && n >= 1 && n <= 100);
const dbKind = argument('db', 'postgres') as 'postgres' | 'pglite';
const iterations = Number(argument('iterations', '40'));
// --only compare,statistics: time only the procedures whose path contains one of these (results files untouched).
const only = argument('only', '')
	.split(',')
	.map((s) => s.trim())
	.filter(Boolean);
const selected = (benchPath: string) => only.length === 0 || only.some((o) => benchPath.includes(o));
const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// BENCH_DB_PREFIX keeps two runs on one server apart (default gw_bench).
const dbPrefix = (process.env.BENCH_DB_PREFIX ?? 'gw_bench').replace(/[^a-z0-9_]/g, '');
const benchDatabaseUrl = (scale: number) => adminUrl.replace(/\/[^/]*$/, `/${dbPrefix}_s${scale}`);
// Realtime notifications go through PostgreSQL as in production (the first scale's database); set before the
// app's configuration is first read.
if (dbKind === 'postgres' && !process.env.DATABASE_URL)
	process.env.DATABASE_URL = benchDatabaseUrl(scales[0]);

type Caller = ReturnType<typeof createCaller>;
interface Timing {
	median: number;
	p95: number;
	n: number;
}
export interface BenchResult {
	name: string;
	path: string;
	as: string;
	status: 'ok' | 'not available' | 'failed';
	error?: string;
	procedure?: Timing;
	sql?: Timing;
	/** procedure median / SQL median */
	ratio?: number;
}

function stats(samples: number[]): Timing {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
	return { median: round(at(0.5)), p95: round(at(0.95)), n: sorted.length };
}
const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * Times a procedure and its SQL baseline call by call, interleaved (procedure first on even calls, SQL first on
 * odd ones), so that the machine's load drifting during the run weighs on both alike and the ratio stays fair.
 */
async function timePair(
	procedure: { input(i: number): unknown; run(input: unknown): Promise<unknown> },
	sql: (i: number) => Promise<unknown>,
	n = iterations,
	warmup = 5
): Promise<{ procedure: Timing; sql: Timing }> {
	const samples = { procedure: [] as number[], sql: [] as number[] };
	const runs = {
		procedure: async (i: number) => {
			const input = await procedure.input(i);
			const started = performance.now();
			await procedure.run(input);
			return performance.now() - started;
		},
		sql: async (i: number) => {
			const started = performance.now();
			await sql(i);
			return performance.now() - started;
		}
	};
	for (let i = 0; i < warmup; i++) {
		await runs.procedure(-1 - i);
		await runs.sql(-1 - i);
	}
	for (let i = 0; i < n; i++) {
		const order = i % 2 === 0 ? (['procedure', 'sql'] as const) : (['sql', 'procedure'] as const);
		for (const kind of order) samples[kind].push(await runs[kind](i));
	}
	return { procedure: stats(samples.procedure), sql: stats(samples.sql) };
}

const procedures = appRouter._def.procedures as unknown as Record<string, unknown>;
const call = (caller: Caller, procedurePath: string, input?: unknown) =>
	(
		procedurePath
			.split('.')
			.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
			input: unknown
		) => Promise<unknown>
	)(input);

interface Bench {
	name: string;
	path: string;
	as: 'facilitator' | 'supervisor';
	/** Prepares the state, then returns the input of call i (computed before the call, untimed). */
	setup(ctx: RunContext): Promise<(i: number) => unknown>;
	sql(ctx: RunContext, i: number): Promise<unknown>;
}

interface RunContext {
	db: DatabaseHandle;
	org: LargeOrg;
	ids: BaselineIds;
	callers: { facilitator: Caller; supervisor: Caller };
	memberIds: string[];
	/** The organization's time zone. */
	timeZone: string;
}

const rotate = <T>(items: T[]) => [...items.slice(1), items[0]];

const BENCHES: Bench[] = [
	{
		name: 'Dashboard',
		path: 'dashboard.get',
		as: 'facilitator',
		setup: async () => () => undefined,
		sql: (c) => baselines.dashboard(c.db.prisma, c.ids)
	},
	{
		name: 'Group overview',
		path: 'groups.get',
		as: 'facilitator',
		setup: async (c) => () => ({ groupId: c.ids.groupId }),
		sql: (c) => baselines.groupOverview(c.db.prisma, c.ids)
	},
	{
		name: 'Load a session plan',
		path: 'plans.get',
		as: 'facilitator',
		setup: async (c) => () => ({ sessionId: c.ids.sessionId }),
		sql: (c) => baselines.planGet(c.db.prisma, c.ids)
	},
	{
		name: 'Save a plan change (reorder)',
		path: 'plans.save',
		as: 'facilitator',
		// The baseline reorders the same plan between calls: each call starts from the plan as saved now (untimed),
		// so that every save is the common case, a change on top of the current version.
		setup: async (c) => async () => {
			const saved = await c.db.prisma.session.findUniqueOrThrow({
				where: { id: c.ids.sessionId },
				select: { version: true, planItems: { orderBy: { position: 'asc' }, select: planItemSelect } }
			});
			return {
				sessionId: c.ids.sessionId,
				baseVersion: saved.version,
				baseItems: saved.planItems,
				items: rotate(saved.planItems)
			};
		},
		sql: (c, i) => baselines.planSave(c.db.prisma, c.ids, (i + 1000) % 5 || 1)
	},
	{
		name: 'Save attendance (15 members)',
		path: 'attendance.mark',
		as: 'facilitator',
		setup: async (c) => (i) => ({
			sessionId: c.ids.sessionId,
			changes: c.memberIds.map((memberId, k) => ({
				key: `bench-${randomUUID()}`,
				memberId,
				status: (i + k) % 4 === 0 ? 'LATE' : 'PRESENT',
				minutesLate: (i + k) % 4 === 0 ? 5 : null
			}))
		}),
		sql: (c, i) =>
			baselines.attendanceSave(
				c.db.prisma,
				c.ids,
				c.memberIds,
				c.memberIds.map((_, k) => ((i + k) % 4 === 0 ? 'LATE' : 'PRESENT')),
				c.memberIds.map(() => `sql-${randomUUID()}`)
			)
	},
	{
		name: 'Member progress',
		path: 'reports.memberProgress',
		as: 'facilitator',
		setup: async (c) => () => ({ groupId: c.ids.groupId, memberId: c.ids.memberId }),
		sql: (c) => baselines.memberProgress(c.db.prisma, c.ids)
	},
	{
		name: 'Group outcomes',
		path: 'reports.outcomes',
		as: 'facilitator',
		setup: async (c) => () => ({ groupId: c.ids.groupId }),
		sql: (c) => baselines.groupOutcomes(c.db.prisma, c.ids)
	},
	{
		name: 'Supervisor comparison (all groups)',
		path: 'supervision.compare',
		as: 'supervisor',
		setup: async () => () => ({}),
		sql: (c) => baselines.supervisionCompare(c.db.prisma, c.ids)
	},
	{
		name: 'Service statistics (12 months)',
		path: 'supervision.statistics',
		as: 'supervisor',
		setup: async (c) => {
			const range = statisticsRange(c.ids.today, c.timeZone);
			return () => range;
		},
		sql: (c) => {
			const range = statisticsRange(c.ids.today, c.timeZone);
			return baselines.supervisionStatistics(c.db.prisma, c.ids, range.from.slice(0, 7), nextMonth(range.to));
		}
	}
];

/** The twelve calendar months up to and including today's, as the statistics page asks for them. */
function statisticsRange(today: Date, timeZone: string) {
	const [y, m] = localDate(today, timeZone).split('-').map(Number);
	const first = new Date(Date.UTC(y, m - 12, 1));
	const last = new Date(Date.UTC(y, m, 0));
	return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}
/** 'YYYY-MM' of the month after a 'YYYY-MM-DD' day. */
function nextMonth(day: string) {
	const [y, m] = day.split('-').map(Number);
	return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
}

async function openBenchDatabase(scale: number): Promise<{ db: DatabaseHandle; drop(): Promise<void> }> {
	if (dbKind === 'pglite') {
		const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `gw-bench-${scale}-`));
		const db = await openDatabase({ kind: 'pglite', dataDir });
		return { db, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
	}
	const name = `${dbPrefix}_s${scale}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const db = await openDatabase({ kind: 'postgres', url: benchDatabaseUrl(scale) });
	return {
		db,
		drop: async () => {
			const client = new pg.Client({ connectionString: adminUrl });
			await client.connect();
			await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await client.end();
		}
	};
}

async function runScale(scale: number) {
	const { db, drop } = await openBenchDatabase(scale);
	await applyMigrations(db.adapterFactory, migrationsDir());
	await seedLibrary(db.prisma);
	const seedStarted = performance.now();
	const org = await seedLargeOrganization(db.prisma, scale);
	const seedSeconds = round((performance.now() - seedStarted) / 1000);
	console.log(`scale ${scale}: seeded in ${seedSeconds} s`, org.counts);

	const orgRow = await db.prisma.organization.findUniqueOrThrow({ where: { id: org.organizationId } });
	const today = startOfDayInZone(new Date(), orgRow.timeZone);
	const ids: BaselineIds = {
		organizationId: org.organizationId,
		facilitatorId: org.ids.facilitator,
		groupId: org.ids.groupId,
		sessionId: org.ids.sessionId,
		memberId: org.ids.memberId,
		today,
		tomorrow: addDays(today, 1, orgRow.timeZone),
		weekEnd: addDays(today, 7, orgRow.timeZone)
	};
	const callerFor = async (userId: string) =>
		createCaller({
			prisma: db.prisma,
			viewer: await viewerFor(db.prisma, await db.prisma.user.findUniqueOrThrow({ where: { id: userId } })),
			locale: 'zh-CN'
		});
	const memberIds = (
		await db.prisma.enrollment.findMany({ where: { groupId: ids.groupId }, select: { memberId: true } })
	).map((e) => e.memberId);
	const ctx: RunContext = {
		db,
		org,
		ids,
		callers: {
			facilitator: await callerFor(org.ids.facilitator),
			supervisor: await callerFor(org.ids.supervisor)
		},
		memberIds,
		timeZone: orgRow.timeZone
	};

	const results: BenchResult[] = [];
	for (const bench of BENCHES.filter((b) => selected(b.path))) {
		if (!(bench.path in procedures)) {
			console.log(`  ${bench.name}: ${bench.path} not available`);
			results.push({ name: bench.name, path: bench.path, as: bench.as, status: 'not available' });
			continue;
		}
		try {
			const inputFor = await bench.setup(ctx);
			const caller = ctx.callers[bench.as];
			const { procedure, sql } = await timePair(
				{ input: inputFor, run: (input) => call(caller, bench.path, input) },
				(i) => bench.sql(ctx, i)
			);
			const ratio = Math.round((procedure.median / sql.median) * 100) / 100;
			results.push({ name: bench.name, path: bench.path, as: bench.as, status: 'ok', procedure, sql, ratio });
			console.log(
				`  ${bench.name.padEnd(36)} ${String(procedure.median).padStart(8)} ms p95 ${String(procedure.p95).padStart(8)} ms | SQL ${String(sql.median).padStart(7)} ms | ×${ratio}`
			);
		} catch (error) {
			const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
			console.log(`  ${bench.name}: failed: ${message}`);
			results.push({
				name: bench.name,
				path: bench.path,
				as: bench.as,
				status: 'failed',
				error: message.slice(0, 300)
			});
		}
	}
	await db.close();
	// Dropped at the very end: the realtime bus stays connected to the first scale's database.
	drops.push(drop);
	return { scale, seedSeconds, counts: org.counts, results };
}

// --http only|skip: the HTTP part (bench/http.ts), by default after the procedures; it needs `npm run build`.
const httpMode = argument('http', 'run');
const runHttp = async () => {
	await runHttpBench({
		databases: argument('http-db', 'postgres,pglite').split(',') as HttpDatabase[],
		iterations,
		loadSeconds: Number(argument('http-load-seconds', '30')),
		loadConnections: 20,
		portBase: Number(argument('http-port', '4530')),
		adminUrl,
		dbPrefix,
		outDir: import.meta.dirname
	});
	writeReadme(import.meta.dirname);
	await formatFiles(['results-http.json', 'README.md'].map((f) => path.join(import.meta.dirname, f)));
	console.log('wrote bench/results-http.json and bench/README.md');
};
if (httpMode !== 'skip') {
	try {
		assertBuilt();
	} catch (error) {
		console.error((error as Error).message);
		process.exit(2);
	}
}
if (httpMode === 'only') {
	await runHttp();
	process.exit(0);
}

const drops: (() => Promise<void>)[] = [];
const started = new Date();
const runs = [];
for (const scale of scales) runs.push(await runScale(scale));
// What stays in memory, not the garbage of the seeding that has not been collected yet (npm run bench exposes gc).
(globalThis as { gc?: () => void }).gc?.();
const memory = process.memoryUsage();

const growth: Record<string, number | null> = {};
if (runs.length > 1) {
	const [first, last] = [runs[0], runs[runs.length - 1]];
	for (const r of first.results) {
		const other = last.results.find((o) => o.path === r.path);
		growth[r.path] =
			r.procedure && other?.procedure
				? Math.round((other.procedure.median / r.procedure.median) * 100) / 100
				: null;
	}
}
let pages: ReturnType<typeof pageWeights> = null;
try {
	pages = pageWeights();
} catch (error) {
	console.log(`page weights not measured (is a build running?): ${(error as Error).message}`);
}
const results = {
	generatedAt: started.toISOString(),
	database: dbKind === 'postgres' ? 'PostgreSQL' : 'PGlite',
	machine: {
		node: process.version,
		cpus: os.cpus().length,
		cpu: os.cpus()[0]?.model ?? '',
		loadAverage: os.loadavg().map((n) => Math.round(n * 10) / 10)
	},
	iterations,
	runs,
	growth: runs.length > 1 ? { from: runs[0].scale, to: runs[runs.length - 1].scale, byPath: growth } : null,
	pages,
	memory: {
		rssMB: Math.round(memory.rss / 1048576),
		heapUsedMB: Math.round(memory.heapUsed / 1048576)
	}
};
if (only.length > 0) {
	console.log(JSON.stringify(results.runs, null, '\t'));
	console.log('--only: results files and README left as they were');
	if (!process.argv.includes('--keep')) for (const drop of drops) await drop();
	process.exit(0);
}
const outDir = import.meta.dirname;
const suffix = dbKind === 'postgres' ? '' : `-${dbKind}`;
fs.writeFileSync(path.join(outDir, `results${suffix}.json`), JSON.stringify(results, null, '\t') + '\n');
writeReadme(outDir);
await formatFiles([path.join(outDir, `results${suffix}.json`), path.join(outDir, 'README.md')]);
console.log(`memory after the runs: rss ${results.memory.rssMB} MB, heap ${results.memory.heapUsedMB} MB`);
console.log(`wrote bench/results${suffix}.json and bench/README.md`);
if (httpMode !== 'skip') await runHttp();
if (!process.argv.includes('--keep')) for (const drop of drops) await drop();
process.exit(0);
