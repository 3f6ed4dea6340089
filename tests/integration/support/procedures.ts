// Generic access to every procedure of the app's router, read from the router itself: the security matrix and
// the bad-input corpus use it, so that procedures added later are checked without editing those suites.
import { TRPCError } from '@trpc/server';
import type { Access } from '../../../src/lib/server/trpc/meta';
import { appRouter } from '../../../src/lib/server/routers';
import type { Caller } from './callers';

export type ProcedureType = 'query' | 'mutation' | 'subscription';

export interface ProcedureInfo {
	path: string;
	type: ProcedureType;
	access: Access | undefined;
	/** The zod schemas of the procedure's inputs, in the order the builders added them. */
	inputs: unknown[];
}

interface ProcedureDef {
	_def: { type: ProcedureType; meta?: { access?: Access }; inputs?: unknown[] };
}

export function listProcedures(): ProcedureInfo[] {
	const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
	return Object.entries(procedures)
		.map(([path, procedure]) => ({
			path,
			type: procedure._def.type,
			access: procedure._def.meta?.access,
			inputs: procedure._def.inputs ?? []
		}))
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** The outcome of a call: 'OK' or the tRPC error code (anything else is reported as it is, so it fails). */
export type Outcome = { code: string; message: string };

/**
 * Calls a procedure by its path. A subscription's access checks and input parsing run when it is called;
 * on success it answers an async iterable, of which the first value is awaited briefly, then it is closed.
 */
export async function callByPath(caller: Caller, info: ProcedureInfo, input: unknown): Promise<Outcome> {
	const fn = info.path
		.split('.')
		.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
		input: unknown
	) => Promise<unknown>;
	try {
		const result = await fn(input);
		if (info.type === 'subscription' && result && typeof result === 'object') {
			const iterable = result as AsyncIterable<unknown>;
			if (Symbol.asyncIterator in iterable) {
				const iterator = iterable[Symbol.asyncIterator]();
				const first = iterator.next();
				first.catch(() => undefined);
				const settled = await Promise.race([
					first.then(
						() => 'value' as const,
						(error: unknown) => error
					),
					new Promise((resolve) => setTimeout(() => resolve('waiting'), 150))
				]);
				void iterator.return?.(undefined)?.catch(() => undefined);
				if (settled !== 'value' && settled !== 'waiting') throw settled;
			}
		}
		return { code: 'OK', message: '' };
	} catch (error) {
		if (error instanceof TRPCError) return { code: error.code, message: error.message };
		return { code: `NOT_A_TRPC_ERROR`, message: String(error) };
	}
}

/** Row counts of every table of the public schema, to prove that refused or bad calls changed nothing. */
export async function tableCounts(prisma: {
	$queryRawUnsafe<T>(sql: string): Promise<T>;
}): Promise<Record<string, number>> {
	const tables = await prisma.$queryRawUnsafe<{ table_name: string }[]>(
		`SELECT table_name FROM information_schema.tables
		 WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`
	);
	// One statement for every table: a round trip per table costs more than the counting.
	const rows = await prisma.$queryRawUnsafe<{ table_name: string; n: bigint | number }[]>(
		tables
			.map(({ table_name }) => {
				const quoted = table_name.replaceAll('"', '""');
				return `SELECT '${table_name.replaceAll("'", "''")}' AS table_name, count(*) AS n FROM "${quoted}"`;
			})
			.join('\nUNION ALL\n')
	);
	const counts: Record<string, number> = {};
	for (const row of rows) counts[row.table_name] = Number(row.n);
	return counts;
}
