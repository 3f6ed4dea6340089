import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { Locale } from '../../../i18n/types';
import type { MemberAccess } from '../access/require-member-access';
import { recordAudit } from '../audit/record-audit';
import { getMemberRecord } from './get-member-record';
import { memberDocx } from './member-docx';

export interface ExportMemberOptions {
	format: 'json' | 'docx';
	locale: Locale;
}

/**
 * A member's whole record (all groups, all kinds, as far as the viewer may read them) for a request to see or take
 * one's data. Audited as EXPORT. Files travel as base64 so that the same procedure serves pages and the API.
 */
export async function exportMember(
	prisma: PrismaClient,
	viewer: Viewer,
	access: MemberAccess,
	options: ExportMemberOptions
) {
	const [record, organization] = await Promise.all([
		getMemberRecord(prisma, viewer, access, {}),
		prisma.organization.findUniqueOrThrow({
			where: { id: viewer.organizationId },
			select: { timeZone: true }
		})
	]);
	await recordAudit(prisma, viewer, {
		action: 'EXPORT',
		entity: 'MemberRecord',
		entityId: access.memberId,
		memberId: access.memberId
	});
	const base = `member-${record.member.code}`;
	if (options.format === 'json') {
		const { canWrite: _w, canErase: _e, filters: _f, ...data } = record;
		const json = JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2);
		return {
			filename: `${base}.json`,
			contentType: 'application/json; charset=utf-8',
			base64: Buffer.from(json, 'utf8').toString('base64')
		};
	}
	const docx = await memberDocx(record, options.locale, organization.timeZone);
	return {
		filename: `${base}.docx`,
		contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		base64: docx.toString('base64')
	};
}
