// The way in: the sign-in limiter (failures only, per address and per email at that address), an admin's unlock,
// deactivation, the password policy and what admin.createUser tells about an email of another organization.
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

		it('answers an email of another organization as one of its own, and only a few times an hour', async () => {
			const { world, db } = get();
			const attempt = (email: string) =>
				world.as.otherAdmin.admin
					.createUser({ name: 'Probe', email, password: 'river-stone-lantern-4', role: 'FACILITATOR' })
					.catch((e: TRPCError) => `${e.code} ${e.message}`);
			// Its own admin and a stranger's address answer alike: nothing says where the account is.
			const own = await attempt('admin@other.org');
			expect(await attempt(DEMO_USERS.admin.email)).toBe(own);
			const answers = [];
			for (const who of ['facilitator', 'coleader', 'supervisor', 'admin'] as const)
				answers.push(await attempt(DEMO_USERS[who].email));
			expect(answers.slice(0, 3)).toEqual([own, own, own]);
			expect(answers[3]).toBe('TOO_MANY_REQUESTS admin.emailCheckedTooOften');
			// A new address still works for that admin, and nothing was written for the refused ones.
			expect(await attempt('brand.new@other.org')).toMatchObject({ email: 'brand.new@other.org' });
			expect(await db.prisma.membership.count({ where: { organizationId: world.otherOrganizationId } })).toBe(
				2
			);
		});
	}
);
