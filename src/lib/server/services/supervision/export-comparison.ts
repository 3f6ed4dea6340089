import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { recordAudit } from '../audit/record-audit';
import { compareGroups } from './compare-groups';

/** The group comparison for its CSV download, audited as an export. */
export async function exportComparison(
	prisma: PrismaClient,
	viewer: Viewer,
	filters: Parameters<typeof compareGroups>[2]
) {
	const comparison = await compareGroups(prisma, viewer, filters);
	await recordAudit(prisma, viewer, { action: 'EXPORT', entity: 'GroupComparison' });
	return comparison;
}
