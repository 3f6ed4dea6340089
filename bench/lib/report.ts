// Writes bench/README.md from the results files: how to run, then the measured tables and each target, met
// or missed.
import fs from 'node:fs';
import path from 'node:path';
import { SHELL_ROUTE, type PageWeight } from './page-weight';
import { remainingDifference } from './differences';
import { httpReadmeLines, type LoadResults } from './http-report';

interface Timing {
	median: number;
	p95: number;
	n: number;
}
interface Result {
	name: string;
	path: string;
	as: string;
	status: string;
	error?: string;
	procedure?: Timing;
	sql?: Timing;
	ratio?: number;
}
interface Results {
	generatedAt: string;
	database: string;
	machine: { node: string; cpus: number; cpu: string; loadAverage?: number[] };
	iterations: number;
	runs: { scale: number; seedSeconds: number; counts: Record<string, number>; results: Result[] }[];
	growth: { from: number; to: number; byPath: Record<string, number | null> } | null;
	pages: PageWeight[] | null;
	memory: { rssMB: number; heapUsedMB: number };
	load?: unknown;
}

const yes = (ok: boolean) => (ok ? 'met' : '**missed**');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function section(r: Results) {
	const lines: string[] = [];
	lines.push(`## ${r.database}`, '');
	lines.push(
		`Measured ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC on ${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node}; ${r.iterations} timed calls after 5 warm-up calls, one at a time, each procedure call next to a call of its SQL baseline (alternating which goes first).${r.machine.loadAverage ? ` Load average at the end: ${r.machine.loadAverage.join(' / ')} (other work was running on the machine: absolute times are pessimistic; compare ratios).` : ''}`,
		''
	);
	for (const run of r.runs) {
		lines.push(`### Scale ${run.scale} (seeded in ${run.seedSeconds} s)`, '');
		lines.push(
			Object.entries(run.counts)
				.map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
				.join(' · '),
			''
		);
		lines.push('| What | Procedure | As | median ms | p95 ms | SQL median ms | SQL p95 ms | × SQL |');
		lines.push('|---|---|---|---:|---:|---:|---:|---:|');
		for (const b of run.results) {
			if (b.status !== 'ok') {
				lines.push(
					`| ${b.name} | \`${b.path}\` | ${b.as} | ${b.status}${b.error ? `: ${b.error}` : ''} | | | | |`
				);
				continue;
			}
			lines.push(
				`| ${b.name} | \`${b.path}\` | ${b.as} | ${b.procedure!.median} | ${b.procedure!.p95} | ${b.sql!.median} | ${b.sql!.p95} | ${b.ratio} |`
			);
		}
		lines.push('');
	}
	if (r.growth) {
		lines.push(`### Growth from scale ${r.growth.from} to ${r.growth.to} (median time ratio)`, '');
		lines.push('| Procedure | × |', '|---|---:|');
		for (const [p, g] of Object.entries(r.growth.byPath)) lines.push(`| \`${p}\` | ${g ?? 'n/a'} |`);
		lines.push('');
	}
	lines.push(
		`Memory of the benchmark process (the same server code, without HTTP) after the runs and a full garbage collection: RSS ${r.memory.rssMB} MB, heap ${r.memory.heapUsedMB} MB.`,
		''
	);
	return lines;
}

/** Issue #17: at scales 1 and 10, every procedure within 1.3× of its SQL baseline, with p95 under 50 ms. */
export const TARGET = { ratio: 1.3, p95Ms: 50, scales: [1, 10] } as const;

function targets(r: Results) {
	const lines = ['### Targets', '', '| Target | Measured | |', '|---|---|---|'];
	const paths = [...new Set(r.runs.flatMap((run) => run.results.map((b) => b.path)))];
	for (const scale of TARGET.scales) {
		const run = r.runs.find((x) => x.scale === scale);
		for (const p of paths) {
			const b = run?.results.find((x) => x.path === p);
			const ratioTarget = `\`${p}\` within ${TARGET.ratio}× of its SQL (scale ${scale})`;
			const p95Target = `\`${p}\` p95 under ${TARGET.p95Ms} ms (scale ${scale})`;
			if (!b || b.status !== 'ok') {
				const why = !run ? 'scale not run' : (b?.status ?? 'not in this run');
				lines.push(
					`| ${ratioTarget} | ${why} | **not measured** |`,
					`| ${p95Target} | ${why} | **not measured** |`
				);
				continue;
			}
			lines.push(
				`| ${ratioTarget} | ×${b.ratio} | ${yes((b.ratio ?? 99) <= TARGET.ratio)} |`,
				`| ${p95Target} | ${b.procedure!.p95} ms | ${yes(b.procedure!.p95 < TARGET.p95Ms)} |`
			);
		}
	}
	lines.push(...pageTargets(r.pages));
	lines.push('');
	return lines;
}

/** Issue #17's page weights (gzip JS a page imports statically; what it fetches after it is up is shown beside). */
function pageTargets(pages: PageWeight[] | null): string[] {
	const row = (what: string, limit: number, page: PageWeight | undefined) =>
		page
			? `| ${what} ships < ${limit} KB gzip JS | ${kb(page.gzipBytes)}${page.laterGzipBytes ? ` (+ ${kb(page.laterGzipBytes)} fetched after the page is up)` : ''} | ${yes(page.gzipBytes < limit * 1024)} |`
			: `| ${what} ships < ${limit} KB gzip JS | not in the build | **not measured** |`;
	const find = (test: (route: string) => boolean) => pages?.find((p) => test(p.route));
	const charts = (pages ?? [])
		.filter((p) => /\/outcomes$|\/progress\/\[memberId\]$|^\/supervision(\/statistics)?$/.test(p.route))
		.sort((a, b) => b.gzipBytes - a.gzipBytes);
	return [
		row(
			'The shell (client entry + root layout)',
			45,
			find((route) => route === SHELL_ROUTE)
		),
		row(
			'Planner page (`/groups/[groupId]/sessions/[sessionId]/plan`)',
			100,
			find((r) => r.endsWith('/plan'))
		),
		row(`Heaviest chart page (\`${charts[0]?.route ?? 'none'}\` of ${charts.length})`, 110, charts[0])
	];
}

export function writeReadme(dir: string) {
	const files = ['results.json', 'results-pglite.json']
		.map((f) => path.join(dir, f))
		.filter((f) => fs.existsSync(f));
	const all = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Results);
	const lines = [
		'# Benchmarks',
		'',
		'Generated by `npm run bench` from `results.json` (PostgreSQL) and `results-pglite.json` (PGlite, if run); do not edit by hand.',
		'',
		'- `npm run bench:seed -- --scale N` fills `DATABASE_URL` (or PGlite in `DATA_DIR`, default `bench/data/pglite`) with a large organization: at scale 1 200 groups, 3,000 members, 4,000 sessions, ~58,000 attendance rows, ~20,000 notes (interaction notes and observations), 30,000 measure responses; scale N is N times that. Each facilitator leads two groups and co-leads two at every scale, so what one person sees stays the same size while the organization grows. Sign in with `admin@bench.example`, `supervisor@bench.example`, `f001@bench.example`… / `bench12345`.',
		'- `npm run bench -- [--scales 1,10] [--db postgres|pglite] [--iterations 40] [--keep]` creates throwaway databases (`gw_bench_s1`, `gw_bench_s10` on the local PostgreSQL, or PGlite in a temp dir), seeds each scale, and times every procedure through the tRPC caller (as the HTTP endpoint runs it, with its access checks, audit and realtime notifications) and a hand-written SQL statement returning the same data through the same client (`bench/lib/baselines.ts`). Procedures not in the router are listed as "not available".',
		'- `npx tsx bench/load.ts [--seconds 60] [--connections 20]` starts the built server (`npm run build` first) on a bench database and drives signed-in users reading dashboards and saving attendance over HTTP (autocannon), loopback only.',
		'- Page weights: the gzip size of the JavaScript chunks each page imports statically (client entry, layouts, page), from the client manifest of `npm run build`.',
		''
	];
	lines.push(
		'## Reading the numbers',
		'',
		'- The SQL baseline is one hand-written statement returning the same data (one transaction for the writes); the procedure also checks access, parses input, records audit rows where the area does, publishes realtime notifications, and goes through Prisma. Each procedure call is timed next to a call of its baseline (alternating which goes first), so that the machine’s load, which moves during a run, weighs on both alike.',
		'- The hot paths are gated procedures (`src/lib/server/trpc/procedures.ts`): the handler’s one hand-written statement selects the access columns next to its data and decides access from them, instead of an access query followed by the read (a statement through Prisma costs about 0.5 ms more than through `pg`, so a second round trip alone would double a 1 ms read). Group overview, session plan and member progress are one statement each (member progress writes its audit row in the same statement, only for an allowed read); saving an edit of the current plan version is one statement (access, version bump, items replaced; an older version merges in a transaction); group outcomes are one gated statement that reads the change statistics and GAS attainment from the summaries; attendance is two statements in one transaction (access with the share lock on the session, then the sign-off rule, idempotency keys, marks and audit rows). The dashboard is one statement over the groups the group rule lets the caller read (`groupAccessSql`).',
		'- The change statistics (group outcomes, supervisor comparison) are read from the summaries the database keeps with every write (`ChangeSummary`, `GroupSummary`): the triggers pick each member’s baseline and follow-up by the rule in `src/lib/domain/change.ts` (first baseline; the end score, else the highest session number; ties by time, creation, id) and sum up the group’s change per measure when a response, goal or norm is written, so a read is one row per group and measure. The baselines read the same summaries, so the ratio compares like with like.',
		'- Procedures and baselines run on the app’s connections, which turn PostgreSQL’s JIT off (`PG_OPTIONS`, default `-c jit=off`): with JIT on, the scale-10 comparison spent seconds compiling its aggregates.',
		''
	);
	lines.push(...remainingDifference, '');
	for (const r of all) lines.push(...section(r), ...targets(r));
	const pages = all.find((r) => r.pages)?.pages;
	if (pages) {
		lines.push(
			'## JavaScript per page (gzip, static imports)',
			'',
			'| Page | chunks | raw | gzip |',
			'|---|---:|---:|---:|'
		);
		for (const p of pages)
			lines.push(`| \`${p.route}\` | ${p.files} | ${kb(p.bytes)} | ${kb(p.gzipBytes)} |`);
		lines.push('');
	}
	const loadFile = path.join(dir, 'load-results.json');
	if (fs.existsSync(loadFile)) {
		const load = JSON.parse(fs.readFileSync(loadFile, 'utf8')) as LoadResults;
		lines.push(
			`## Load (${load.database}, ${load.seconds} s each, ${load.generatedAt.slice(0, 16).replace('T', ' ')} UTC)`,
			''
		);
		lines.push(
			'| Scenario | requests | req/s | p50 ms | p99 ms | non-2xx | errors |',
			'|---|---:|---:|---:|---:|---:|---:|'
		);
		for (const s of load.scenarios)
			lines.push(
				`| ${s.name} | ${s.requests} | ${s.throughput} | ${s.p50} | ${s.p99} | ${s.non2xx} | ${s.errors} |`
			);
		lines.push('');
		if (load.serverRssMB) lines.push(`Server memory (RSS) after the load: ${load.serverRssMB} MB.`, '');
		if (load.note) lines.push(load.note, '');
	}
	lines.push(...httpReadmeLines(dir));
	fs.writeFileSync(path.join(dir, 'README.md'), lines.join('\n'));
}

/** Formats generated files the way `npm run lint` expects them. */
export async function formatFiles(files: string[]) {
	const prettier = await import('prettier');
	for (const file of files) {
		if (!fs.existsSync(file)) continue;
		const options = (await prettier.resolveConfig(file)) ?? {};
		const text = await prettier.format(fs.readFileSync(file, 'utf8'), { ...options, filepath: file });
		fs.writeFileSync(file, text);
	}
}
