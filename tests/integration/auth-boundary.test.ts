// The way in: the sign-in limiter (failures only, per address and per email at that address), an admin's unlock,
// deactivation, the password policy, and accounts per organization (admin.createUser tells nothing about an email
// of another organization).
import { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import { createAuth } from '../../src/lib/server/auth/auth';
import { signInWithPassword } from '../../src/lib/server/auth/sign-in';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/lib/server/db/seed';
import { demoWorld } from './support/callers';
import { codeOf } from './support/code-of';
import { onEachDatabase } from './support/databases';

onEachDatabase(
	'auth boundary',
	async (db) => ({ world: await demoWorld(db.prisma), auth: createAuth(db.prisma) }),
	(get) => {
		const signIn = (email: string, password: string, address: string) => {
			const { db, auth } = get();
			return signInWithPassword(
				{ prisma: db.prisma, auth },
				{ email, password, address, headers: new Headers() }
			);
		};
		/** Signs in and tells which organization's account the new session belongs to. */
		const signInAs = async (email: string, password: string, address: string) => {
			expect(await signIn(email, password, address)).toEqual({ ok: true });
			const session = await get().db.prisma.authSession.findFirstOrThrow({
				where: { user: { email } },
				orderBy: { createdAt: 'desc' },
				select: { user: { select: { memberships: { select: { organizationId: true } } } } }
			});
			return session.user.memberships[0];
		};
		const sessionsOf = (userId: string) => get().db.prisma.authSession.count({ where: { userId } });

		it('does not let wrong passwords from many addresses lock the real person out', async () => {
			const email = DEMO_USERS.facilitator.email;
			for (let i = 0; i < 12; i++) {
				const result = await signIn(email, `wrong-guess-${i}`, `198.51.100.${i}`);
				expect(result).toMatchObject({ ok: false, status: 400 });
			}
			expect(await signIn(email, DEMO_PASSWORD, '203.0.113.7')).toEqual({ ok: true });
		});

		it('holds back one address that keeps guessing one email, until an admin unlocks it', async () => {
			const { world } = get();
			const email = DEMO_USERS.coleader.email;
			const statuses: number[] = [];
			for (let i = 0; i < 11; i++) {
				const result = await signIn(email, `wrong-${i}`, '192.0.2.50');
				statuses.push(result.ok ? 200 : result.status);
			}
			expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
			expect(statuses[10]).toBe(429);
			// The right password from that address waits too: guessing stays slow.
			expect(await signIn(email, DEMO_PASSWORD, '192.0.2.50')).toMatchObject({ status: 429 });

			const listed = await world.as.admin.admin.listUsers();
			expect(listed.find((u) => u.email === email)?.signInLocked).toBe(true);
			expect(await codeOf(world.as.otherAdmin.admin.unlockSignIn({ userId: world.users.coleader }))).toBe(
				'NOT_FOUND'
			);
			expect(await codeOf(world.as.supervisor.admin.unlockSignIn({ userId: world.users.coleader }))).toBe(
				'FORBIDDEN'
			);
			await world.as.admin.admin.unlockSignIn({ userId: world.users.coleader });
			expect((await world.as.admin.admin.listUsers()).find((u) => u.email === email)?.signInLocked).toBe(
				false
			);
			expect(await signIn(email, DEMO_PASSWORD, '192.0.2.60')).toEqual({ ok: true });
		});

		it('counts only failures: signing in many times from one address never locks it', async () => {
			for (let i = 0; i < 15; i++)
				expect(await signIn(DEMO_USERS.supervisor.email, DEMO_PASSWORD, '192.0.2.70')).toEqual({ ok: true });
		});

		it('holds back one address that sprays wrong passwords over many emails', async () => {
			const results = [];
			for (let i = 0; i < 11; i++)
				results.push(await signIn(`person${i}@demo.org`, 'wrong-pw-1', '192.0.2.80'));
			expect(results.at(-1)).toMatchObject({ status: 429 });
		});

		it('gives a deactivated person no session, and ends the sessions they had', async () => {
			const { world, db } = get();
			const created = await world.as.admin.admin.createUser({
				name: 'Leaving Worker',
				email: 'leaving@demo.org',
				password: 'tea-garden-lantern-7',
				role: 'FACILITATOR'
			});
			expect(await signIn('leaving@demo.org', 'tea-garden-lantern-7', '192.0.2.90')).toEqual({ ok: true });
			expect(await sessionsOf(created.id)).toBe(1);
			await world.as.admin.admin.updateMembership({ userId: created.id, active: false });
			expect(await sessionsOf(created.id)).toBe(0);
			const again = await signIn('leaving@demo.org', 'tea-garden-lantern-7', '192.0.2.91');
			expect(again).toMatchObject({ ok: false, status: 403 });
			expect(await sessionsOf(created.id)).toBe(0);
			expect(await db.prisma.user.count({ where: { id: created.id } })).toBe(1);
		});

		it.each(['aaaaaaaa', '12345678', 'password', 'new.worker2024'])(
			'refuses the common password %j when an admin sets one, with a translated key',
			async (password) => {
				const { world } = get();
				const error = await world.as.admin.admin
					.createUser({ name: 'New Worker', email: 'new.worker2024@demo.org', password, role: 'FACILITATOR' })
					.catch((e: unknown) => e);
				expect(error).toBeInstanceOf(TRPCError);
				expect((error as TRPCError).code).toBe('BAD_REQUEST');
				expect(JSON.stringify((error as TRPCError).cause)).toContain('auth.passwordTooCommon');
			}
		);

		it('refuses a common password on better-auth’s own change-password too', async () => {
			const { auth } = get();
			const { headers } = await auth.api.signInEmail({
				body: { email: DEMO_USERS.supervisor.email, password: DEMO_PASSWORD },
				returnHeaders: true
			});
			const cookie = headers
				.getSetCookie()
				.map((c) => c.split(';')[0])
				.join('; ');
			const error = await auth.api
				.changePassword({
					body: { currentPassword: DEMO_PASSWORD, newPassword: 'password1' },
					headers: new Headers({ cookie })
				})
				.catch((e: unknown) => e);
			expect((error as { message?: string }).message).toBe('auth.passwordTooCommon');
			expect(await signIn(DEMO_USERS.supervisor.email, DEMO_PASSWORD, '192.0.2.99')).toEqual({ ok: true });
		});

		it('answers an address of another organization as a new one: a separate account, unknown to the other', async () => {
			const { world, db } = get();
			const members = () =>
				db.prisma.membership.count({ where: { organizationId: world.otherOrganizationId } });
			const before = await members();
			const attempt = (email: string, password = 'river-stone-lantern-4') =>
				world.as.otherAdmin.admin
					.createUser({ name: 'Probe', email, password, role: 'FACILITATOR' })
					.catch((e: TRPCError) => `${e.code} ${e.message}`);
			// Every address of the demo organization, tried many times, answers exactly as a fresh one does.
			const answers = [];
			for (const who of ['facilitator', 'coleader', 'supervisor', 'admin'] as const)
				answers.push(await attempt(DEMO_USERS[who].email, `river-stone-lantern-${who}`));
			answers.push(await attempt('brand.new@other.org'));
			expect(answers.map((a) => typeof a === 'object' && Object.keys(a).sort().join())).toEqual(
				Array(5).fill('email,id')
			);
			// Within its own organization an address is refused: that admin lists those users anyway.
			expect(await attempt('admin@other.org')).toBe('CONFLICT admin.emailTaken');
			expect(await attempt(DEMO_USERS.admin.email)).toBe('CONFLICT admin.emailTaken');
			// Each person signs in to the account whose password they type; the demo admin's account is untouched.
			expect(await signIn(DEMO_USERS.admin.email, DEMO_PASSWORD, '192.0.2.120')).toEqual({ ok: true });
			const probe = await signInAs(DEMO_USERS.admin.email, 'river-stone-lantern-admin', '192.0.2.121');
			expect(probe.organizationId).toBe(world.otherOrganizationId);
			const demo = await signInAs(DEMO_USERS.admin.email, DEMO_PASSWORD, '192.0.2.122');
			expect(demo.organizationId).not.toBe(world.otherOrganizationId);
			expect(await members()).toBe(before + 5);
			// The other organization's admin list shows the address as typed, never the account's internal key.
			const listed = await world.as.otherAdmin.admin.listUsers();
			expect(listed.filter((u) => u.email === DEMO_USERS.admin.email)).toHaveLength(1);
			expect(JSON.stringify(listed)).not.toContain('accounts.invalid');
		});
	}
);
