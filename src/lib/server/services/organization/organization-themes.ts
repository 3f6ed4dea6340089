import type { PrismaClient } from '../../db/generated/client';

/** The organization's own themes (its settings), offered next to the built-in ones for groups and activities. */
export async function organizationThemes(prisma: PrismaClient, organizationId: string): Promise<string[]> {
	const organization = await prisma.organization.findUniqueOrThrow({
		where: { id: organizationId },
		select: { customThemes: true }
	});
	return organization.customThemes;
}
