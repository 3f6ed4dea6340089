import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { Locale } from '../../../i18n/types';
import type { GroupAccess } from '../access/require-group-access';
import { recordAudit } from '../audit/record-audit';
import { getPlanDocument } from './get-plan-document';

/** The group plan for a download (Word plan or session calendar); the download is audited as an export. */
export async function exportPlanDocument(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	options: { locale: Locale; format: 'docx' | 'ics' }
) {
	const doc = await getPlanDocument(prisma, access, options.locale);
	await recordAudit(prisma, viewer, {
		action: 'EXPORT',
		entity: options.format === 'docx' ? 'PlanDocument' : 'SessionCalendar',
		entityId: access.groupId,
		groupId: access.groupId
	});
	return doc;
}
