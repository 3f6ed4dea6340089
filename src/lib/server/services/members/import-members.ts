import type { PrismaClient } from '../../db/generated/client';
import { dateOnly } from '../../../domain/dates';
import { badRequest } from '../../errors';
import type { GroupAccess } from '../access/require-group-access';
import { assertCapacity, lockGroup, nextCodes, withCodeRetry } from './member-codes';
import { validateImport } from './validate-import';
import type { Viewer } from '../../../domain/viewer';
import { recordAudit } from '../audit/record-audit';

/**
 * Imports a clean file: every row becomes a member with the next codes and is enrolled, all in one
 * transaction. A file with any error, or more rows than places left, imports nothing.
 */
export async function importMembers(prisma: PrismaClient, viewer: Viewer, access: GroupAccess, csv: string) {
	return withCodeRetry(() =>
		prisma.$transaction(
			async (tx) => {
				const result = await validateImport(tx, access.organizationId, csv);
				if (result.missingColumns.length > 0 || result.errors.length > 0)
					throw badRequest('members.import.notClean');
				if (result.rows.length === 0) throw badRequest('members.import.empty');
				await lockGroup(tx, access.groupId);
				if (!(await assertCapacity(tx, access.groupId, result.rows.length)).fits)
					throw badRequest('members.import.overCapacity');
				const codes = await nextCodes(tx, access.organizationId, result.rows.length);
				const members = await tx.member.createManyAndReturn({
					data: result.rows.map((row, i) => ({
						...row,
						consentDate: dateOnly(row.consentDate),
						organizationId: access.organizationId,
						code: codes[i]
					})),
					select: { id: true, code: true }
				});
				await tx.enrollment.createMany({
					data: members.map((m) => ({
						organizationId: access.organizationId,
						groupId: access.groupId,
						memberId: m.id
					}))
				});
				await recordAudit(tx, viewer, {
					action: 'CREATE',
					entity: 'MemberImport',
					groupId: access.groupId
				});
				return { imported: members.length, codes: members.map((m) => m.code) };
			},
			{ timeout: 20_000 }
		)
	);
}
