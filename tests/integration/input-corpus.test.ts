// A corpus of bad values generated from every procedure's input schemas: for each procedure a valid-shaped input
// is built from its zod schemas (with real ids of the demo organization), then every leaf at any depth is
// replaced in turn by NUL bytes, lone surrogates, extreme dates and extreme numbers. Every call must be answered
// by a 4xx tRPC error, never a 500, on PGlite and on PostgreSQL.
import { afterAll, describe, expect, it } from 'vitest';
import { createCaller } from '../../src/lib/server/routers';
import { viewerFor } from '../../src/lib/server/trpc/context';
import type { OrgRole } from '../../src/lib/server/db/generated/enums';
import { onEachDatabase, type TestDatabase } from './support/databases';
import { demoWorld, type Caller } from './support/callers';
import { callByPath, listProcedures, type ProcedureInfo } from './support/procedures';
import { isZod, leavesOf, replaceAt, sampleOf, type Path } from './support/input-samples';

const CLIENT_ERRORS = new Set([
	'BAD_REQUEST',
	'NOT_FOUND',
	'CONFLICT',
	'FORBIDDEN',
	'PAYLOAD_TOO_LARGE',
	'UNPROCESSABLE_CONTENT',
	'PRECONDITION_FAILED',
	'TOO_MANY_REQUESTS'
]);

const BAD_TEXT: Record<string, string> = {
	'NUL byte': 'a\u0000b',
	'lone high surrogate': 'a\uD800b',
	'lone low surrogate': '\uDC00b'
};
const BAD_DAYS: Record<string, string> = {
	'year 0': '0000-01-01',
	'year 1899': '1899-12-31',
	'year 2201': '2201-01-01',
	'year +275760': '+275760-09-13'
};
const BAD_NUMBERS: Record<string, number> = {
	'1e308': 1e308,
	'-1e308': -1e308,
	NaN: Number.NaN,
	Infinity: Number.POSITIVE_INFINITY,
	'2^53': 2 ** 53
};
const BAD_DATES: Record<string, unknown> = {
	'+8.64e15 ms': new Date(8.64e15),
	'-8.64e15 ms': new Date(-8.64e15),
	'0000-01-01': new Date('0000-01-01T00:00:00.000Z'),
	'1899-12-31': new Date('1899-12-31T00:00:00.000Z'),
	'2201-01-01': new Date('2201-01-01T00:00:00.000Z'),
	'invalid date': new Date(Number.NaN),
	'+275760 as text': '+275760-09-13T00:00:00.000Z'
};

function badValuesFor(value: unknown): Record<string, unknown> {
	if (value instanceof Date) return BAD_DATES;
	if (typeof value === 'number') return BAD_NUMBERS;
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return { ...BAD_TEXT, ...BAD_DAYS };
	return BAD_TEXT;
}

/** One valid-shaped input for a procedure: the samples of its input schemas, merged as tRPC merges them. */
function baseInput(info: ProcedureInfo, ids: Record<string, string>): unknown {
	const samples = info.inputs.filter(isZod).map((schema) => sampleOf(schema, 'input', ids));
	if (samples.length === 0) return undefined;
	if (samples.every((s) => typeof s === 'object' && s !== null && !Array.isArray(s)))
		return Object.assign({}, ...samples);
	return samples[samples.length - 1];
}

const procedures = listProcedures();

describe('bad-value corpus generation', () => {
	it('builds an input that passes every schema for most procedures, so that bad leaves reach the handlers', () => {
		const ids = new Proxy({} as Record<string, string>, { get: () => 'abc123' });
		const valid = procedures.filter((info) => {
			const input = baseInput(info, ids);
			return info.inputs.every((schema) => isZod(schema) && schema.safeParse(input).success);
		});
		expect(valid.length / procedures.length).toBeGreaterThan(0.9);
	});
});

const abort = new AbortController();
afterAll(() => abort.abort());

async function firstId(db: TestDatabase, sql: string, ...params: unknown[]) {
	const rows = await db.prisma.$queryRawUnsafe<{ id: string }[]>(sql, ...params);
	return rows[0]?.id;
}

onEachDatabase(
	'bad-value corpus',
	async (db) => {
		const world = await demoWorld(db.prisma);
		const callers: Partial<Record<OrgRole, Caller>> = {};
		for (const [role, userId] of [
			['ADMIN', world.users.admin],
			['SUPERVISOR', world.users.supervisor],
			['FACILITATOR', world.users.facilitator]
		] as const) {
			const user = await db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
			callers[role] = createCaller(
				{ prisma: db.prisma, viewer: await viewerFor(db.prisma, user), locale: 'en' },
				{ signal: abort.signal }
			);
		}
		const teen = world.teen.id;
		const members = await db.prisma.enrollment.findMany({ where: { groupId: teen }, take: 2 });
		const found: Record<string, string | undefined> = {
			groupId: teen,
			sessionId: await firstId(
				db,
				`SELECT id FROM "Session" WHERE "groupId" = $1 ORDER BY number DESC`,
				teen
			),
			memberId: members[0]?.memberId,
			fromMemberId: members[0]?.memberId,
			toMemberId: members[1]?.memberId,
			memberId2: members[1]?.memberId,
			userId: world.users.facilitator,
			facilitatorId: world.users.facilitator,
			activityId: await firstId(db, `SELECT id FROM "Activity" ORDER BY id`),
			conflictId: await firstId(db, `SELECT id FROM "ConflictLog" WHERE "groupId" = $1`, teen),
			interactionId: await firstId(db, `SELECT id FROM "InteractionNote" ORDER BY id`),
			measureId: await firstId(db, `SELECT id FROM "Measure" ORDER BY id`),
			goalId: await firstId(db, `SELECT id FROM "GoalScale" ORDER BY id`),
			templateId: await firstId(db, `SELECT id FROM "PlanTemplate" ORDER BY id`),
			updateId: await firstId(db, `SELECT id FROM "DebriefUpdate" ORDER BY id`)
		};
		const ids = Object.fromEntries(Object.entries(found).filter(([, v]) => v)) as Record<string, string>;
		return { callers, ids };
	},
	(world) => {
		it('answers NUL bytes, lone surrogates, extreme dates and numbers in any field with a 4xx', async () => {
			const { callers, ids } = world();
			const failures: string[] = [];
			let sent = 0;
			for (const info of procedures) {
				const access = info.access;
				const role =
					access?.kind === 'role'
						? (['ADMIN', 'SUPERVISOR', 'FACILITATOR'] as const).find((r) => access.roles.includes(r))!
						: 'ADMIN';
				const caller = callers[role]!;
				const base = baseInput(info, ids);
				const cases: [string, unknown][] = [];
				for (const leaf of leavesOf(base))
					for (const [name, bad] of Object.entries(badValuesFor(leaf.value)))
						cases.push([`${label(leaf.path)} ← ${name}`, replaceAt(base, leaf.path, bad)]);
				if (base && typeof base === 'object' && !Array.isArray(base))
					cases.push(['a key with a NUL byte', { ...base, 'key\u0000': 'x' }]);
				for (let start = 0; start < cases.length; start += 8)
					await Promise.all(
						cases.slice(start, start + 8).map(async ([name, input]) => {
							const outcome = await callByPath(caller, info, input);
							sent += 1;
							if (!CLIENT_ERRORS.has(outcome.code))
								failures.push(`${info.path} ${name}: ${outcome.code} ${outcome.message.slice(0, 160)}`);
						})
					);
			}
			expect(failures).toEqual([]);
			expect(sent).toBeGreaterThan(procedures.length * 3);
		});
	}
);

const label = (path: Path) => path.join('.') || '(input)';
