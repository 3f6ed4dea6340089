// A corpus of bad inputs sent to every mutation (as an admin, with valid ids so that the access layer lets them
// through) and, for the HTTP layer, as malformed requests: each must get a 4xx with a message, never a 500,
// and the database must be unchanged. Procedures are read from the router, so new ones are covered too.
import { afterAll, describe, expect, it } from 'vitest';
import { createCaller } from '../../src/lib/server/routers';
import { handleTrpcRequest } from '../../src/lib/server/trpc/http';
import { viewerFor } from '../../src/lib/server/trpc/context';
import type { Context } from '../../src/lib/server/trpc/context';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { callByPath, listProcedures, tableCounts, type ProcedureInfo } from './support/procedures';

const CLIENT_ERRORS = [
	'BAD_REQUEST',
	'PARSE_ERROR',
	'NOT_FOUND',
	'CONFLICT',
	'FORBIDDEN',
	'PAYLOAD_TOO_LARGE',
	'UNPROCESSABLE_CONTENT',
	'PRECONDITION_FAILED',
	'TOO_MANY_REQUESTS'
];

const MEGABYTE = 'x'.repeat(1024 * 1024);

/** name → value; a value is sent to a field only when that field's own schema rejects it. */
const BAD_VALUES: Record<string, unknown> = {
	null: null,
	'object instead of a value': { nested: { deep: true } },
	'array instead of a value': [1, 2, 3],
	'number instead of text': 123,
	'huge string (1 MB)': MEGABYTE,
	'control characters': 'a\u0000b\u0007c\u001b[31m\u202e',
	'SQL injection': `x' OR '1'='1'; DROP TABLE "Group"; --`,
	'HTML injection': '<img src=x onerror=alert(1)><script>alert(1)</script>',
	negative: -1,
	'huge number': 1e308,
	NaN: Number.NaN,
	'prototype pollution': JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}')
};
const STALE_VERSIONS: Record<string, unknown> = { 'stale version 0': 0, 'version -1': -1 };

const WHOLE_INPUTS: Record<string, unknown> = {
	'null input': null,
	'array instead of object': [],
	'array of the input': [{}],
	'string input': '\'; DROP TABLE "Session"; --',
	'number input': 42,
	'NaN input': Number.NaN
};

interface ZodLike {
	_zod: { def: Record<string, unknown> & { type: string } };
	safeParse(value: unknown): { success: boolean };
}

function isZod(value: unknown): value is ZodLike {
	return typeof value === 'object' && value !== null && '_zod' in value && 'safeParse' in value;
}

/** Optional, nullable, default and pipe wrappers removed. */
function unwrap(schema: ZodLike): ZodLike {
	let current = schema;
	for (let i = 0; i < 10; i++) {
		const def = current._zod.def;
		const inner = (def.innerType ?? (def.type === 'pipe' ? def.in : undefined)) as ZodLike | undefined;
		if (!inner || !isZod(inner)) return current;
		current = inner;
	}
	return current;
}

/** The fields of a procedure's inputs, merged as tRPC merges them. */
function fieldsOf(info: ProcedureInfo): Record<string, ZodLike> {
	const fields: Record<string, ZodLike> = {};
	for (const input of info.inputs) {
		if (!isZod(input)) continue;
		const object = unwrap(input);
		if (object._zod.def.type !== 'object') continue;
		Object.assign(fields, object._zod.def.shape as Record<string, ZodLike>);
	}
	return fields;
}

/** A sample element for array-bound checks, for the element types that need no data. */
function sampleOf(schema: ZodLike): unknown {
	const inner = unwrap(schema);
	const type = inner._zod.def.type;
	if (type === 'string') return 'x';
	if (type === 'number') return 1;
	if (type === 'boolean') return true;
	if (type === 'enum') return Object.values(inner._zod.def.entries as Record<string, unknown>)[0];
	return undefined;
}

/** Inputs that the schema accepts although they are far beyond any real use. */
function unboundedIn(schema: ZodLike, path: string): string[] {
	const inner = unwrap(schema);
	const type = inner._zod.def.type;
	const found: string[] = [];
	if (type === 'string' && schema.safeParse(MEGABYTE).success) found.push(`${path}: accepts a 1 MB string`);
	if (type === 'number' && (schema.safeParse(1e308).success || schema.safeParse(-1e308).success))
		found.push(`${path}: accepts ±1e308`);
	if (type === 'array') {
		const element = inner._zod.def.element as ZodLike;
		const sample = sampleOf(element);
		if (sample !== undefined && schema.safeParse(Array(100_001).fill(sample)).success)
			found.push(`${path}: accepts 100,001 items`);
		found.push(...unboundedIn(element, `${path}[]`));
	}
	if (type === 'object')
		for (const [key, field] of Object.entries(inner._zod.def.shape as Record<string, ZodLike>))
			found.push(...unboundedIn(field, `${path}.${key}`));
	return found;
}

const procedures = listProcedures();
const mutations = procedures.filter((p) => p.type === 'mutation');

describe('bad inputs: every input is bounded', () => {
	it('finds the mutations in the router', () => {
		expect(mutations.length).toBeGreaterThan(0);
	});

	it('accepts no 1 MB string, no ±1e308 and no 100,001-item array in any procedure input', () => {
		const found = procedures.flatMap((p) =>
			Object.entries(fieldsOf(p)).flatMap(([key, field]) => unboundedIn(field, `${p.path}: ${key}`))
		);
		expect(found).toEqual([]);
	});
});

const abort = new AbortController();
afterAll(() => abort.abort());

onEachDatabase(
	'bad inputs',
	async (db) => {
		const world = await demoWorld(db.prisma);
		const user = await db.prisma.user.findUniqueOrThrow({ where: { id: world.users.admin } });
		const context: Context = { prisma: db.prisma, viewer: await viewerFor(db.prisma, user), locale: 'en' };
		const session = await db.prisma.session.findFirstOrThrow({
			where: { groupId: world.teen.id },
			orderBy: { number: 'desc' }
		});
		const enrollment = await db.prisma.enrollment.findFirstOrThrow({ where: { groupId: world.teen.id } });
		return {
			context,
			admin: createCaller(context, { signal: abort.signal }),
			ids: { groupId: world.teen.id, sessionId: session.id, memberId: enrollment.memberId } as Record<
				string,
				string
			>
		};
	},
	(world) => {
		it('answers every bad input to every mutation with a 4xx and a message, and changes nothing', async () => {
			const { db, admin, ids } = world();
			const before = await tableCounts(db.prisma);
			const failures: string[] = [];
			let sent = 0;
			for (const info of mutations) {
				const fields = fieldsOf(info);
				// Valid ids for the ids the procedure takes, so that the access layer lets the call through.
				const base = Object.fromEntries(
					Object.keys(ids)
						.filter((k) => k in fields)
						.map((k) => [k, ids[k]])
				);
				const cases: [string, unknown][] = [];
				for (const [name, input] of Object.entries(WHOLE_INPUTS))
					if (!info.inputs.every((schema) => isZod(schema) && schema.safeParse(input).success))
						cases.push([name, input]);
				for (const [key, schema] of Object.entries(fields)) {
					const values = { ...BAD_VALUES, ...(/version/i.test(key) ? STALE_VERSIONS : {}) };
					for (const [name, value] of Object.entries(values))
						if (!schema.safeParse(value).success) cases.push([`${key}: ${name}`, { ...base, [key]: value }]);
				}
				// None of these can pass validation, so they can run a few at a time.
				for (let start = 0; start < cases.length; start += 8)
					await Promise.all(
						cases.slice(start, start + 8).map(async ([name, input]) => {
							const outcome = await callByPath(admin, info, input);
							sent += 1;
							if (!CLIENT_ERRORS.includes(outcome.code) || !outcome.message)
								failures.push(`${info.path} ← ${name}: ${outcome.code} ${outcome.message.slice(0, 120)}`);
						})
					);
			}
			expect(failures).toEqual([]);
			expect(sent).toBeGreaterThan(mutations.length);
			expect(await tableCounts(db.prisma)).toEqual(before);
		});

		it('answers malformed HTTP requests with a 4xx and a message, never a 500, and changes nothing', async () => {
			const { db, context } = world();
			const before = await tableCounts(db.prisma);
			const handle = (path: string, init: RequestInit) =>
				handleTrpcRequest(new Request(`http://localhost/api/trpc/${path}`, init), () => context);
			const json = { 'content-type': 'application/json' };
			const failures: string[] = [];
			for (const info of mutations) {
				const requests: [string, string, RequestInit][] = [
					['malformed JSON', info.path, { method: 'POST', headers: json, body: '{"json": {"groupId": ' }],
					['truncated batch', `${info.path}?batch=1`, { method: 'POST', headers: json, body: '{"0": {"js' }],
					['not JSON at all', info.path, { method: 'POST', headers: json, body: "<script>'--</script>" }],
					['an array body', info.path, { method: 'POST', headers: json, body: '[1,2,3]' }],
					['an empty body', info.path, { method: 'POST', headers: json, body: '' }],
					[
						'a 2 MB field',
						info.path,
						{ method: 'POST', headers: json, body: JSON.stringify({ json: { name: MEGABYTE + MEGABYTE } }) }
					],
					['GET on a mutation', `${info.path}?input=%7B%7D`, { method: 'GET' }]
				];
				for (const [name, path, init] of requests) {
					const response = await handle(path, init);
					const text = await response.text();
					let message = '';
					try {
						const body = JSON.parse(text) as
							{ error?: { json?: { message?: string } } } | { error?: { json?: { message?: string } } }[];
						const first = Array.isArray(body) ? body[0] : body;
						message = first?.error?.json?.message ?? '';
					} catch {
						message = '';
					}
					if (response.status < 400 || response.status >= 500 || !message)
						failures.push(`${info.path} ← ${name}: HTTP ${response.status} ${text.slice(0, 160)}`);
				}
			}
			const unknown = await handle('no.such.procedure', { method: 'POST', headers: json, body: '{}' });
			expect(unknown.status).toBe(404);
			expect(failures).toEqual([]);
			expect(await tableCounts(db.prisma)).toEqual(before);
		});
	}
);
