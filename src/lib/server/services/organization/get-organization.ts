import type { PrismaClient } from '../../db/generated/client';
import { notFound } from '../../errors';

export async function getOrganization(prisma: PrismaClient, organizationId: string) {
	const organization = await prisma.organization.findUnique({
		where: { id: organizationId },
		select: {
			id: true,
			name: true,
			defaultLocale: true,
			timeZone: true,
			defaultSessionMinutes: true,
			customThemes: true,
			updatedAt: true
		}
	});
	if (!organization) throw notFound();
	return organization;
}
