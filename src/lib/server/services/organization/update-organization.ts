import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { auditedWrite } from '../audit/record-audit';
import { announceRevocation } from '../../auth/session-revocation';

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
	viewer: Viewer,
	options: UpdateOrganizationOptions
) {
	const organizationId = viewer.organizationId;
	const updated = await auditedWrite(
		prisma,
		viewer,
		(tx) =>
			tx.organization.update({
				where: { id: organizationId },
				data: options,
				select: {
					name: true,
					defaultLocale: true,
					timeZone: true,
					defaultSessionMinutes: true,
					customThemes: true
				}
			}),
		() => ({ action: 'UPDATE', entity: 'Organization', entityId: organizationId })
	);
	// Every signed-in viewer carries the organization's name and time zone.
	await announceRevocation(prisma, { organizationId });
	return updated;
}
