import type { PrismaClient } from '../../../src/lib/server/db/generated/client';
import { DEMO_USERS, OTHER_ORG_ADMIN, seedDemo, seedLibrary } from '../../../src/lib/server/db/seed';
import { createCaller } from '../../../src/lib/server/routers';
import { viewerFor } from '../../../src/lib/server/trpc/context';

export type Caller = ReturnType<typeof createCaller>;

/** A caller acting as this user, exactly as the tRPC endpoint would build it. */
export async function callerFor(prisma: PrismaClient, userId: string | null): Promise<Caller> {
	if (!userId) return createCaller({ prisma, viewer: null, locale: 'en' });
	const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
	return createCaller({ prisma, viewer: await viewerFor(prisma, user), locale: 'en' });
}

/** Finds the demo organization in a database seeded from the seeded template, or seeds it. */
async function demoOrganization(prisma: PrismaClient) {
	const user = (email: string) => prisma.user.findFirst({ where: { email }, select: { id: true } });
	const admin = await user(DEMO_USERS.admin.email);
	if (!admin) {
		await seedLibrary(prisma);
		return seedDemo(prisma);
	}
	const users: Record<string, string> = {};
	for (const [key, u] of Object.entries(DEMO_USERS)) users[key] = (await user(u.email))!.id;
	const membership = (userId: string) =>
		prisma.membership.findFirstOrThrow({ where: { userId }, select: { organizationId: true } });
	return {
		organizationId: (await membership(admin.id)).organizationId,
		otherOrganizationId: (await membership((await user(OTHER_ORG_ADMIN.email))!.id)).organizationId,
		users
	};
}

/** The demo organization (two groups, four people) plus another organization's admin, and a caller for each. */
export async function demoWorld(prisma: PrismaClient) {
	const demo = await demoOrganization(prisma);
	const otherAdmin = await prisma.membership.findFirstOrThrow({
		where: { organizationId: demo.otherOrganizationId },
		select: { userId: true }
	});
	const groups = await prisma.group.findMany({
		where: { organizationId: demo.organizationId },
		orderBy: { name: 'asc' }
	});
	const teen = groups.find((g) => g.theme === 'TEEN_EMOTION')!;
	const elder = groups.find((g) => g.theme === 'ELDER_SOCIAL')!;
	return {
		...demo,
		otherAdminId: otherAdmin.userId,
		teen,
		elder,
		as: {
			anonymous: await callerFor(prisma, null),
			admin: await callerFor(prisma, demo.users.admin),
			supervisor: await callerFor(prisma, demo.users.supervisor),
			facilitator: await callerFor(prisma, demo.users.facilitator),
			coleader: await callerFor(prisma, demo.users.coleader),
			otherAdmin: await callerFor(prisma, otherAdmin.userId)
		}
	};
}
