import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { recordAudit } from '../audit/record-audit';
import { serviceStatistics } from './service-statistics';

/** The service statistics for their CSV download, audited as an export. */
export async function exportStatistics(
	prisma: PrismaClient,
	viewer: Viewer,
	range: Parameters<typeof serviceStatistics>[2]
) {
	const rows = await serviceStatistics(prisma, viewer, range);
	await recordAudit(prisma, viewer, { action: 'EXPORT', entity: 'ServiceStatistics' });
	return rows;
}
