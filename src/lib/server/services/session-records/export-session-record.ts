import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { Locale } from '../../../i18n/types';
import { translate } from '../../../i18n';
import { recordAudit } from '../audit/record-audit';
import { buildDocument } from '../documents/document-builds';
import { getSessionRecord, type SessionRecordAccess } from './get-session-record';
import { sessionRecordDocx } from './session-record-docx';
import { listSessionPhotos } from '../attachments/list-session-photos';

/** The process record as a Word download, built in the document queue; the download is audited as an export. */
export async function exportSessionRecord(
	prisma: PrismaClient,
	viewer: Viewer,
	access: SessionRecordAccess,
	locale: Locale
): Promise<{ filename: string; base64: string }> {
	const record = await getSessionRecord(prisma, viewer, access, locale);
	const photos = await listSessionPhotos(prisma, {
		organizationId: viewer.organizationId,
		sessionId: record.session.id
	});
	const bytes = await buildDocument(() =>
		sessionRecordDocx(record, locale, new Map(photos.map((p) => [p.id, { bytes: p.bytes, mime: p.mime }])))
	);
	await recordAudit(prisma, viewer, {
		action: 'EXPORT',
		entity: 'SessionRecord',
		entityId: record.session.id,
		groupId: access.groupId
	});
	const title = translate(locale, 'sessionRecord.title');
	return {
		filename: `${record.group.name}-${translate(locale, 'common.sessionNumber', { n: record.session.number })}-${title}.docx`,
		base64: bytes.toString('base64')
	};
}
