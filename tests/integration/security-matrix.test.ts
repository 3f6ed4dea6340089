// Every procedure × every kind of caller, derived from the access each procedure declares in its tRPC meta.
// Procedures are read from the router itself: a new procedure is checked the day it is added, and one that
// declares no access fails this suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../src/lib/server/db/generated/client';
import { createCaller } from '../../src/lib/server/routers';
import { viewerFor } from '../../src/lib/server/trpc/context';
import type { Access } from '../../src/lib/server/trpc/meta';
import type { OrgRole } from '../../src/lib/server/db/generated/enums';
import { DATABASE_KINDS, type TestDatabase } from './support/databases';
import type { Caller } from './support/callers';
import { demoIds, demoSnapshot, type DemoSnapshot } from './support/snapshots';
import {
	callByPath,
	listProcedures,
	tableCounts,
	type Outcome,
	type ProcedureInfo
} from './support/procedures';

const REFUSED = ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND'];
/** The keys the access layer answers with; a refusal with another key comes from the procedure itself. */
const ACCESS_KEYS = ['errors.UNAUTHORIZED', 'errors.FORBIDDEN', 'errors.NOT_FOUND'];

type CallerKind = 'anonymous' | 'facilitator' | 'lead' | 'coleader' | 'supervisor' | 'admin' | 'otherAdmin';
type Target = 'teen' | 'elder';

interface CallerCase {
	kind: CallerKind;
	/** The group whose ids the caller is given. */
	target: Target;
	role: OrgRole | null;
	/** How the caller leads the target group (and so the target group's members). */
	leads: 'LEAD' | 'CO_LEADER' | null;
	sameOrg: boolean;
}

/**
 * The facilitator is LEAD of the teen group only (as 'facilitator' given the elder group's ids, as 'lead' the teen
 * group's); the co-leader is CO_LEADER of the teen group.
 */
const CALLERS: CallerCase[] = [
	{ kind: 'anonymous', target: 'teen', role: null, leads: null, sameOrg: false },
	{ kind: 'facilitator', target: 'elder', role: 'FACILITATOR', leads: null, sameOrg: true },
	{ kind: 'lead', target: 'teen', role: 'FACILITATOR', leads: 'LEAD', sameOrg: true },
	{ kind: 'coleader', target: 'teen', role: 'FACILITATOR', leads: 'CO_LEADER', sameOrg: true },
	{ kind: 'supervisor', target: 'teen', role: 'SUPERVISOR', leads: null, sameOrg: true },
	{ kind: 'admin', target: 'teen', role: 'ADMIN', leads: null, sameOrg: true },
	{ kind: 'otherAdmin', target: 'teen', role: 'ADMIN', leads: null, sameOrg: false }
];

/** The expected outcome: 'allowed', or the exact refusal code. */
export function expectedFor(
	access: Access,
	c: CallerCase
): 'allowed' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' {
	if (access.kind === 'public') return 'allowed';
	if (c.role === null) return 'UNAUTHORIZED';
	if (access.kind === 'authed') return 'allowed';
	if (access.kind === 'role') return access.roles.includes(c.role) ? 'allowed' : 'FORBIDDEN';
	// group, session and member scopes: another organization's ids do not exist for the caller.
	if (!c.sameOrg) return 'NOT_FOUND';
	// Changing who leads: the lead, supervisors and admins; a co-leader may not replace the lead.
	if (access.mode === 'leaders')
		return c.leads === 'LEAD' || c.role === 'ADMIN' || c.role === 'SUPERVISOR' ? 'allowed' : 'FORBIDDEN';
	if (c.leads || c.role === 'ADMIN') return 'allowed';
	if (access.mode === 'read' && c.role === 'SUPERVISOR') return 'allowed';
	return 'FORBIDDEN';
}

type World = Awaited<ReturnType<typeof demoIds>>;

interface Ids {
	groupId: string;
	sessionId: string;
	memberId: string;
}

async function idsOf(prisma: PrismaClient, groupId: string): Promise<Ids> {
	const session = await prisma.session.findFirstOrThrow({ where: { groupId }, orderBy: { number: 'asc' } });
	// A member enrolled now: a withdrawn enrolment grants its group's leaders nothing.
	const enrollment = await prisma.enrollment.findFirstOrThrow({
		where: { groupId, leftAt: null },
		orderBy: { joinedAt: 'asc' }
	});
	return { groupId, sessionId: session.id, memberId: enrollment.memberId };
}

/** The input holding only the ids the access kind needs. */
function inputFor(access: Access, ids: Ids): Record<string, string> | undefined {
	if (access.kind === 'group') return { groupId: ids.groupId };
	if (access.kind === 'session') return { sessionId: ids.sessionId };
	if (access.kind === 'member') return { memberId: ids.memberId };
	return undefined;
}

const abort = new AbortController();
afterAll(() => abort.abort());

async function callersOf(prisma: PrismaClient, world: World): Promise<Record<CallerKind, Caller>> {
	const userIds: Record<CallerKind, string | null> = {
		anonymous: null,
		facilitator: world.users.facilitator,
		lead: world.users.facilitator,
		coleader: world.users.coleader,
		supervisor: world.users.supervisor,
		admin: world.users.admin,
		otherAdmin: world.otherAdminId
	};
	const result = {} as Record<CallerKind, Caller>;
	for (const [kind, userId] of Object.entries(userIds) as [CallerKind, string | null][]) {
		const viewer = userId
			? await viewerFor(prisma, await prisma.user.findUniqueOrThrow({ where: { id: userId } }))
			: null;
		result[kind] = createCaller({ prisma, viewer, locale: 'en' }, { signal: abort.signal });
	}
	return result;
}

interface Prepared {
	db: TestDatabase;
	callers: Record<CallerKind, Caller>;
	ids: Record<Target, Ids>;
}

async function prepare(snapshot: DemoSnapshot): Promise<Prepared> {
	const db = await snapshot.fresh();
	const world = await demoIds(db.prisma);
	return {
		db,
		callers: await callersOf(db.prisma, world),
		ids: { teen: await idsOf(db.prisma, world.teen.id), elder: await idsOf(db.prisma, world.elder.id) }
	};
}

function describeOutcome(info: ProcedureInfo, c: CallerCase, outcome: Outcome) {
	return `${info.path} (${info.type}) as ${c.kind}: ${outcome.code} ${outcome.message}`.trim();
}

function check(
	info: ProcedureInfo & { access: Access },
	c: CallerCase,
	outcome: Outcome,
	failures: string[]
) {
	const expected = expectedFor(info.access, c);
	if (expected === 'allowed') {
		// An allowed caller passes the access layer: anything but its three refusals (usually BAD_REQUEST from
		// the rest of the input, or OK). A refusal with the procedure's own key (e.g. "not started yet") counts
		// as having passed.
		if (
			outcome.code === 'UNAUTHORIZED' ||
			(REFUSED.includes(outcome.code) && ACCESS_KEYS.includes(outcome.message))
		)
			failures.push(`${describeOutcome(info, c, outcome)} — expected to be allowed`);
		if (outcome.code === 'INTERNAL_SERVER_ERROR' || outcome.code === 'NOT_A_TRPC_ERROR')
			failures.push(`${describeOutcome(info, c, outcome)} — failed instead of answering`);
	} else if (outcome.code !== expected) {
		failures.push(`${describeOutcome(info, c, outcome)} — expected ${expected}`);
	}
}

const procedures = listProcedures();

describe('security matrix: procedures declare their access', () => {
	it('finds the procedures in the router', () => {
		expect(procedures.length).toBeGreaterThan(3);
		expect(procedures.map((p) => p.path)).toContain('groups.get');
		// Review and sign-off: checked below like every other procedure.
		expect(procedures.map((p) => p.path)).toEqual(
			expect.arrayContaining([
				'reviews.get',
				'reviews.request',
				'reviews.comment',
				'reviews.signOff',
				'reviews.addAddendum',
				'reviews.queue'
			])
		);
	});

	it('has meta.access on every procedure', () => {
		const missing = procedures
			.filter((p) => !p.access || typeof p.access.kind !== 'string')
			.map((p) => p.path);
		expect(missing, `procedures without meta.access: ${missing.join(', ')}`).toEqual([]);
	});

	it('derives the expected table from the access kind', () => {
		const byKind = (access: Access) => CALLERS.map((c) => `${c.kind}:${expectedFor(access, c)}`);
		expect(byKind({ kind: 'group', mode: 'write' })).toEqual([
			'anonymous:UNAUTHORIZED',
			'facilitator:FORBIDDEN',
			'lead:allowed',
			'coleader:allowed',
			'supervisor:FORBIDDEN',
			'admin:allowed',
			'otherAdmin:NOT_FOUND'
		]);
		expect(byKind({ kind: 'group', mode: 'leaders' })).toEqual([
			'anonymous:UNAUTHORIZED',
			'facilitator:FORBIDDEN',
			'lead:allowed',
			'coleader:FORBIDDEN',
			'supervisor:allowed',
			'admin:allowed',
			'otherAdmin:NOT_FOUND'
		]);
		expect(byKind({ kind: 'role', roles: ['ADMIN'] })).toEqual([
			'anonymous:UNAUTHORIZED',
			'facilitator:FORBIDDEN',
			'lead:FORBIDDEN',
			'coleader:FORBIDDEN',
			'supervisor:FORBIDDEN',
			'admin:allowed',
			'otherAdmin:allowed'
		]);
	});
});

describe.each(DATABASE_KINDS)('security matrix (%s)', (kind) => {
	const checked = procedures.filter((p): p is ProcedureInfo & { access: Access } => Boolean(p.access));
	let snapshot: DemoSnapshot | undefined;
	let refusedDb: Prepared | undefined;
	let allowedDb: Prepared | undefined;
	beforeAll(async () => {
		snapshot = await demoSnapshot(kind);
	});
	afterAll(async () => {
		await refusedDb?.db.close();
		await allowedDb?.db.close();
		await snapshot?.drop();
	});

	it('refuses every caller the access kind excludes, with the exact code, and changes nothing', async () => {
		refusedDb = await prepare(snapshot!);
		const before = await tableCounts(refusedDb.db.prisma);
		const failures: string[] = [];
		const cases = checked.flatMap((info) =>
			CALLERS.filter((c) => expectedFor(info.access, c) !== 'allowed').map((c) => ({ info, c }))
		);
		const calls = cases.length;
		// Refused calls change nothing, so they can run a few at a time.
		for (let start = 0; start < cases.length; start += 8)
			await Promise.all(
				cases.slice(start, start + 8).map(async ({ info, c }) => {
					const db = refusedDb!;
					const outcome = await callByPath(db.callers[c.kind], info, inputFor(info.access, db.ids[c.target]));
					check(info, c, outcome, failures);
				})
			);
		expect(failures).toEqual([]);
		expect(calls).toBeGreaterThan(0);
		expect(await tableCounts(refusedDb.db.prisma)).toEqual(before);
	});

	it('lets every caller the access kind includes through to the procedure', async () => {
		// Allowed mutations given ids alone may run for real (e.g. one that only needs a sessionId): they run
		// on their own database, which is replaced after any mutation that answered OK, so that one cannot
		// change what the next call sees.
		allowedDb = await prepare(snapshot!);
		const failures: string[] = [];
		for (const info of checked)
			for (const c of CALLERS) {
				if (expectedFor(info.access, c) !== 'allowed') continue;
				const outcome = await callByPath(
					allowedDb.callers[c.kind],
					info,
					inputFor(info.access, allowedDb.ids[c.target])
				);
				check(info, c, outcome, failures);
				if (info.type === 'mutation' && outcome.code === 'OK') {
					await allowedDb.db.close();
					allowedDb = await prepare(snapshot!);
				}
			}
		expect(failures).toEqual([]);
		// Sequential by design (each allowed call on a known database): about 30 s alone, slower beside other files.
	}, 240_000);
});
