// Who is asking, fast and still exact: the session cache (auth/session-resolver.ts) answers a signed-in request
// without the database, and every revocation empties it at once on the instance that made it and, through the
// realtime bus, on every other instance on the same PostgreSQL. Forged and expired cookies are refused, the cache
// is bounded, and while the bus is down nothing is served from it.
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth, type Auth } from '../../src/lib/server/auth/auth';
import {
	createSessionResolver,
	type SessionResolver,
	type SessionResolverOptions
} from '../../src/lib/server/auth/session-resolver';
import { PrismaClient } from '../../src/lib/server/db/generated/client';
import { DEMO_PASSWORD } from '../../src/lib/server/db/seed';
import { createLocalBus, createPostgresBus, type RealtimeBus } from '../../src/lib/server/realtime/bus';
import { createCaller } from '../../src/lib/server/routers';
import { viewerFor } from '../../src/lib/server/trpc/context';
import type { Viewer } from '../../src/lib/domain/viewer';
import { demoWorld } from './support/callers';
import { codeOf } from './support/code-of';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './support/databases';

/** One app instance: its own database client, better-auth, realtime bus and session cache. */
interface Instance {
	prisma: PrismaClient;
	auth: Auth;
	bus: RealtimeBus;
	sessions: SessionResolver;
}

/** The cookies of one signed-in browser, and who signed in. */
interface Browser {
	cookies: Map<string, string>;
	userId: string;
	email: string;
	password: string;
}

const STRONG_PASSWORD = 'quiet-harbour-lantern-58';

async function startInstance(
	prisma: PrismaClient,
	bus: RealtimeBus,
	options: Partial<SessionResolverOptions> = {}
): Promise<Instance> {
	const auth = createAuth(prisma);
	return { prisma, auth, bus, sessions: await createSessionResolver({ prisma, auth, bus, ...options }) };
}

function cookieHeader(cookies: Map<string, string>) {
	return [...cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ');
}

function request(browser: Pick<Browser, 'cookies'>) {
	return {
		cookie: (name: string) => browser.cookies.get(name),
		headers: new Headers({ cookie: cookieHeader(browser.cookies) })
	};
}

async function signIn(instance: Instance, email: string, password = DEMO_PASSWORD): Promise<Browser> {
	const { headers, response } = await instance.auth.api.signInEmail({
		body: { email, password },
		returnHeaders: true
	});
	const cookies = new Map<string, string>();
	for (const line of headers.getSetCookie()) {
		const [pair] = line.split(';');
		const eq = pair.indexOf('=');
		cookies.set(pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1)));
	}
	return { cookies, userId: response.user.id, email, password };
}

const sessionCookieName = async (instance: Instance) =>
	(await instance.auth.$context).authCookies.sessionToken.name;

/** Polls until the check passes; answers how long it took (the bus's delivery time between instances). */
async function eventually(check: () => Promise<boolean>, timeoutMs = 2_000) {
	const started = performance.now();
	while (!(await check())) {
		if (performance.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 2));
	}
	return performance.now() - started;
}

/** The demo world, with instance A built on the database the world's callers write through. */
async function setUp(db: TestDatabase) {
	const world = await demoWorld(db.prisma);
	const busA = db.url ? await createPostgresBus(db.url) : createLocalBus();
	const a = await startInstance(db.prisma, busA);
	return { world, a };
}
type World = Awaited<ReturnType<typeof setUp>>['world'];

/**
 * Each way that what a signed-in person may do changes: the change is made through instance A; `changed` tells
 * whether an instance's answer for the person's browser shows it (null viewer: signed out).
 */
interface RevocationPath {
	name: string;
	person: (w: World) => Promise<{ email: string; password?: string; userId: string }>;
	revoke: (w: World, a: Instance, browser: Browser) => Promise<void>;
	changed: (viewer: Viewer | null, on: { instance: Instance; w: World }) => Promise<boolean> | boolean;
}

const demo = (key: 'facilitator' | 'coleader' | 'supervisor') => async (w: World) => ({
	email: `${key}@demo.org`,
	userId: w.users[key]
});

/** A person of the demo organization made for one test, so that changes to them touch nobody else. */
let made = 0;
const newPerson = async (w: World) => {
	made += 1;
	const email = `cache.person${made}@demo.org`;
	const { id } = await w.as.admin.admin.createUser({
		name: `Cache Person ${made}`,
		email,
		password: STRONG_PASSWORD,
		role: 'FACILITATOR'
	});
	return { email, password: STRONG_PASSWORD, userId: id };
};

const signedOut = (viewer: Viewer | null) => viewer === null;

async function renameOrganization(w: World, name: string, timeZone: string) {
	const current = await w.as.admin.organization.get();
	await w.as.admin.organization.update({
		name,
		timeZone,
		defaultLocale: current.defaultLocale as 'en' | 'zh-CN',
		defaultSessionMinutes: current.defaultSessionMinutes,
		customThemes: current.customThemes
	});
	return current;
}

/** The demo group that the co-leader co-leads (the teen group, led by the facilitator). */
const coLedGroupId = (w: World) => w.teen.id;

const REVOCATION_PATHS: RevocationPath[] = [
	{
		name: 'an admin deactivates the person',
		person: newPerson,
		revoke: (w, _a, browser) =>
			w.as.admin.admin.updateMembership({ userId: browser.userId, active: false }).then(() => {}),
		changed: signedOut
	},
	{
		name: 'an admin changes the person’s role',
		person: newPerson,
		revoke: (w, _a, browser) =>
			w.as.admin.admin.updateMembership({ userId: browser.userId, role: 'SUPERVISOR' }).then(() => {}),
		changed: (viewer) => viewer?.role === 'SUPERVISOR'
	},
	{
		name: 'the person signs out',
		person: demo('supervisor'),
		revoke: (_w, a, browser) => a.auth.api.signOut({ headers: request(browser).headers }).then(() => {}),
		changed: signedOut
	},
	{
		name: 'the person changes their password from another browser, ending their other sessions',
		person: newPerson,
		revoke: async (_w, a, browser) => {
			const other = await signIn(a, browser.email, browser.password);
			await a.auth.api.changePassword({
				body: {
					currentPassword: browser.password,
					newPassword: 'amber-meadow-compass-31',
					revokeOtherSessions: true
				},
				headers: request(other).headers
			});
		},
		changed: signedOut
	},
	{
		name: 'better-auth changes the person’s profile',
		person: newPerson,
		revoke: (_w, a, browser) =>
			a.auth.api
				.updateUser({ body: { name: 'Renamed Person' }, headers: request(browser).headers })
				.then(() => {}),
		changed: (viewer) => viewer?.name === 'Renamed Person'
	},
	{
		name: 'an admin renames the organization and moves its time zone',
		person: demo('facilitator'),
		revoke: (w) => renameOrganization(w, 'Renamed Organization', 'Europe/Berlin').then(() => {}),
		changed: (viewer) =>
			viewer?.organizationName === 'Renamed Organization' && viewer.timeZone === 'Europe/Berlin'
	},
	{
		name: 'the lead removes the person from the group they co-led',
		person: demo('coleader'),
		revoke: async (w) => {
			const groupId = coLedGroupId(w);
			const { version } = await w.as.facilitator.groups.forEdit({ groupId });
			await w.as.facilitator.groups.setLeaders({
				groupId,
				version,
				leaders: [{ userId: w.users.facilitator, role: 'LEAD' }]
			});
		},
		// The viewer stays the same: the group is checked on every call, whoever answered who is asking.
		changed: async (viewer, { instance, w }) => {
			if (!viewer) return false;
			const caller = createCaller({ prisma: instance.prisma, viewer, locale: 'en' });
			return (await codeOf(caller.groups.get({ groupId: coLedGroupId(w) }))) !== 'OK';
		}
	}
];

describe.each(DATABASE_KINDS)('the session cache (%s)', (kind) => {
	let db: TestDatabase;
	let world: World;
	let a: Instance;
	/** Instance B: PostgreSQL only (PGlite is one process's database), with its own client, bus and cache. */
	let b: Instance | null = null;
	const extra: Instance[] = [];

	beforeAll(async () => {
		db = await createTestDatabase(kind, { seeded: true });
		({ world, a } = await setUp(db));
		if (db.url) {
			const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
			b = await startInstance(prisma, await createPostgresBus(db.url));
		}
	});
	afterAll(async () => {
		const all = [a, b, ...extra].filter((instance): instance is Instance => instance !== null);
		for (const instance of all) instance.sessions.close();
		for (const bus of new Set(all.map((instance) => instance.bus))) await bus.close?.();
		for (const instance of all) if (instance.prisma !== db.prisma) await instance.prisma.$disconnect();
		await db?.close();
	});
	const instances = () => (b ? [a, b] : [a]);

	it.each(REVOCATION_PATHS)('$name: takes effect at once on every instance', async (path) => {
		const person = await path.person(world);
		const browser = await signIn(a, person.email, person.password);
		for (const instance of instances()) {
			const before = await instance.sessions.resolve(request(browser));
			expect(before?.userId).toBe(person.userId);
			expect(await path.changed(before, { instance, w: world })).toBe(false);
			// Cached now: the next answer comes without the database.
			expect(await instance.sessions.resolve(request(browser))).toEqual(before);
		}
		await path.revoke(world, a, browser);
		// The instance that made the change answers from the next request on.
		expect(await path.changed(await a.sessions.resolve(request(browser)), { instance: a, w: world })).toBe(
			true
		);
		// Another instance, as soon as PostgreSQL's NOTIFY reaches it.
		if (b) {
			const other = b;
			const ms = await eventually(async () =>
				path.changed(await other.sessions.resolve(request(browser)), { instance: other, w: world })
			);
			expect(ms).toBeLessThan(1_000);
		}
	});

	it('answers from the cache: a change that nobody announces shows only once the entry is old', async () => {
		let clock = Date.now();
		const instance = await startInstance(db.prisma, a.bus, { ttlMs: 60_000, now: () => clock });
		extra.push(instance);
		const person = await newPerson(world);
		const browser = await signIn(a, person.email, person.password);
		expect((await instance.sessions.resolve(request(browser)))?.name).toBe(`Cache Person ${made}`);
		// Written behind the app's back: no revocation is announced.
		await db.prisma.user.update({ where: { id: person.userId }, data: { name: 'Quietly Renamed' } });
		expect((await instance.sessions.resolve(request(browser)))?.name).toBe(`Cache Person ${made}`);
		clock += 60_001;
		expect((await instance.sessions.resolve(request(browser)))?.name).toBe('Quietly Renamed');
	});

	it('refuses a forged, tampered or foreign cookie', async () => {
		const browser = await signIn(a, 'facilitator@demo.org');
		const name = await sessionCookieName(a);
		const value = browser.cookies.get(name)!;
		const [token, signature] = [
			value.slice(0, value.lastIndexOf('.')),
			value.slice(value.lastIndexOf('.') + 1)
		];
		const flip = (text: string, at: number) =>
			text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
		const { createHmac } = await import('node:crypto');
		const forged = [
			token, // unsigned
			`${flip(token, 3)}.${signature}`, // another token under the real signature
			`${token}.${flip(signature, 10)}`, // a tampered signature
			`${token}.${createHmac('sha256', 'some-other-secret-'.repeat(3)).update(token).digest('base64')}`,
			`${token}.${signature.slice(0, -1)}`, // cut short
			`${token}.${'é'.repeat(43)}=`,
			'',
			'.'
		];
		for (const instance of instances()) {
			expect(await instance.sessions.resolve(request(browser))).not.toBeNull();
			for (const cookie of forged)
				expect(await instance.sessions.resolve(request({ cookies: new Map([[name, cookie]]) }))).toBeNull();
		}
		// A token signed right for a session that does not exist.
		const secret = (await a.auth.$context).secret;
		const unknown = 'x'.repeat(32);
		const signedUnknown = `${unknown}.${createHmac('sha256', secret).update(unknown).digest('base64')}`;
		expect(await a.sessions.resolve(request({ cookies: new Map([[name, signedUnknown]]) }))).toBeNull();
	});

	it('refuses an expired session, which better-auth then deletes', async () => {
		const browser = await signIn(a, 'facilitator@demo.org');
		const session = await db.prisma.authSession.findFirstOrThrow({
			where: { userId: browser.userId },
			orderBy: { createdAt: 'desc' }
		});
		await db.prisma.authSession.update({
			where: { id: session.id },
			data: { expiresAt: new Date(Date.now() - 1_000) }
		});
		for (const instance of instances()) expect(await instance.sessions.resolve(request(browser))).toBeNull();
		expect(await db.prisma.authSession.count({ where: { id: session.id } })).toBe(0);
	});

	it('extends a session due for its sliding refresh, then caches it again', async () => {
		const { expiresIn, updateAge } = (await a.auth.$context).sessionConfig;
		const browser = await signIn(a, 'facilitator@demo.org');
		const session = await db.prisma.authSession.findFirstOrThrow({
			where: { userId: browser.userId },
			orderBy: { createdAt: 'desc' }
		});
		// Last extended a minute more than updateAge ago.
		const due = new Date(Date.now() + (expiresIn - updateAge - 60) * 1000);
		await db.prisma.authSession.update({ where: { id: session.id }, data: { expiresAt: due } });
		const instance = await startInstance(db.prisma, a.bus);
		extra.push(instance);
		expect((await instance.sessions.resolve(request(browser)))?.userId).toBe(browser.userId);
		const extended = await db.prisma.authSession.findUniqueOrThrow({ where: { id: session.id } });
		expect(extended.expiresAt.getTime()).toBeGreaterThan(Date.now() + (expiresIn - 60) * 1000);
		expect(instance.sessions.cached).toBe(0);
		expect((await instance.sessions.resolve(request(browser)))?.userId).toBe(browser.userId);
		expect(instance.sessions.cached).toBe(1);
	});

	it('keeps at most its bound of sessions, and still answers for the ones it let go', async () => {
		const instance = await startInstance(db.prisma, a.bus, { maxEntries: 3 });
		extra.push(instance);
		const browsers = [];
		for (let i = 0; i < 6; i++) browsers.push(await signIn(a, 'coleader@demo.org'));
		for (const browser of browsers) {
			expect((await instance.sessions.resolve(request(browser)))?.userId).toBe(world.users.coleader);
			expect(instance.sessions.cached).toBeLessThanOrEqual(3);
		}
		expect(instance.sessions.cached).toBe(3);
		for (const browser of browsers.slice(0, 3))
			expect((await instance.sessions.resolve(request(browser)))?.userId).toBe(world.users.coleader);
		expect(instance.sessions.cached).toBe(3);
	});

	it('picks the membership viewerFor picks: the oldest active one', async () => {
		const person = await newPerson(world);
		const browser = await signIn(a, person.email, person.password);
		const user = await db.prisma.user.findUniqueOrThrow({ where: { id: person.userId } });
		const sessionId = (await db.prisma.authSession.findFirstOrThrow({ where: { userId: user.id } })).id;
		const older = await db.prisma.membership.create({
			data: {
				organizationId: world.otherOrganizationId,
				userId: user.id,
				role: 'SUPERVISOR',
				createdAt: new Date('2020-01-01T00:00:00Z')
			}
		});
		const resolveFresh = async () => {
			const instance = await startInstance(db.prisma, a.bus);
			extra.push(instance);
			return instance.sessions.resolve(request(browser));
		};
		const cases = [
			async () => {}, // both active: the older one
			() => db.prisma.membership.update({ where: { id: older.id }, data: { active: false } }) // the newer one
		];
		for (const change of cases) {
			await change();
			const expected = await viewerFor(db.prisma, user, sessionId);
			expect(await resolveFresh()).toEqual(expected);
		}
		expect((await resolveFresh())?.organizationId).toBe(world.organizationId);
		// No active membership at all: signed out, and the session ended.
		await db.prisma.membership.updateMany({ where: { userId: user.id }, data: { active: false } });
		expect(await viewerFor(db.prisma, user, sessionId)).toBeNull();
		expect(await resolveFresh()).toBeNull();
		expect(await db.prisma.authSession.count({ where: { id: sessionId } })).toBe(0);
	});

	it.runIf(kind === 'postgres')(
		'serves nothing from the cache while the bus is down, and misses no revocation made meanwhile',
		async () => {
			const instance = b!;
			const person = await newPerson(world);
			const browser = await signIn(a, person.email, person.password);
			expect((await instance.sessions.resolve(request(browser)))?.role).toBe('FACILITATOR');
			expect(instance.sessions.cached).toBeGreaterThan(0);
			const listening = instance.bus.connection!();
			expect(listening).not.toBeNull();
			// The database drops every LISTEN connection (a restart, a network cut).
			await db.prisma.$queryRaw`
				SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity
				WHERE datname = current_database() AND query LIKE 'LISTEN%'`;
			await eventually(async () => instance.bus.connection!() === null);
			// Unannounced changes show at once: every answer is read from the database.
			await db.prisma.user.update({ where: { id: person.userId }, data: { name: 'Read While Down' } });
			expect((await instance.sessions.resolve(request(browser)))?.name).toBe('Read While Down');
			expect(instance.sessions.cached).toBe(0);
			// A revocation B cannot hear now.
			await world.as.admin.admin.updateMembership({ userId: person.userId, role: 'SUPERVISOR' });
			expect((await instance.sessions.resolve(request(browser)))?.role).toBe('SUPERVISOR');
			// Back: a new connection, and the cache fills again.
			await eventually(async () => instance.bus.connection!() !== null, 10_000);
			expect(instance.bus.connection!()).not.toBe(listening);
			expect((await instance.sessions.resolve(request(browser)))?.role).toBe('SUPERVISOR');
			expect(instance.sessions.cached).toBeGreaterThan(0);
			// And it hears revocations again.
			await world.as.admin.admin.updateMembership({ userId: person.userId, active: false });
			await eventually(async () => (await instance.sessions.resolve(request(browser))) === null);
		}
	);
});
