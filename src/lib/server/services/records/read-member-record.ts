import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { MemberAccess } from '../access/require-member-access';
import type { RecordFilters } from '../../schemas/records/records.types';
import { recordAudit } from '../audit/record-audit';
import { getMemberRecord } from './get-member-record';

/** A member's record as the member page shows it; every read is audited (the export audits its own). */
export async function readMemberRecord(
	prisma: PrismaClient,
	viewer: Viewer,
	access: MemberAccess,
	filters: RecordFilters
) {
	const record = await getMemberRecord(prisma, viewer, access, filters);
	await recordAudit(prisma, viewer, {
		action: 'READ',
		entity: 'MemberRecord',
		entityId: access.memberId,
		groupId: filters.groupId ?? null,
		memberId: access.memberId
	});
	return record;
}
