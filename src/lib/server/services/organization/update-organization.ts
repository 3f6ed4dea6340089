import type { PrismaClient } from '../../db/generated/client';

export interface UpdateOrganizationOptions {
	name: string;
	defaultLocale: string;
	timeZone: string;
	defaultSessionMinutes: number;
	customThemes: string[];
}

/** Organization settings: name, default language, time zone, default session length and its own group themes. */
export async function updateOrganization(
	prisma: PrismaClient,
	organizationId: string,
	options: UpdateOrganizationOptions
) {
	return prisma.organization.update({
		where: { id: organizationId },
		data: options,
		select: {
			name: true,
			defaultLocale: true,
			timeZone: true,
			defaultSessionMinutes: true,
			customThemes: true
		}
	});
}
