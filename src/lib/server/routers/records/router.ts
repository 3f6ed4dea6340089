import { z } from 'zod';
import { authedProcedure, router } from '../../trpc/init';
import { memberReadProcedure, memberWriteProcedure } from '../../trpc/procedures';
import { forbidden } from '../../trpc/errors';
import { recordAudit } from '../../services/audit/record-audit';
import { listMembers } from '../../services/records/list-members';
import { getMemberRecord } from '../../services/records/get-member-record';
import { updateConsent } from '../../services/records/update-consent';
import { eraseMember } from '../../services/records/erase-member';
import { exportMember } from '../../services/records/export-member';
import { eraseMemberInput, listMembersInput, recordFiltersInput, updateConsentInput } from './records.types';

export const recordsRouter = router({
	listMembers: authedProcedure
		.input(listMembersInput)
		.query(({ ctx, input }) => listMembers(ctx.prisma, ctx.viewer, input)),

	get: memberReadProcedure.input(recordFiltersInput).query(async ({ ctx, input }) => {
		const { memberId: _id, ...filters } = input;
		const record = await getMemberRecord(ctx.prisma, ctx.viewer, ctx.memberAccess, filters);
		await recordAudit(ctx.prisma, ctx.viewer, {
			action: 'READ',
			entity: 'MemberRecord',
			entityId: input.memberId,
			groupId: filters.groupId ?? null,
			memberId: input.memberId
		});
		return record;
	}),

	export: memberReadProcedure
		.input(z.object({ format: z.enum(['json', 'docx']) }))
		.query(({ ctx, input }) =>
			exportMember(ctx.prisma, ctx.viewer, ctx.memberAccess, { format: input.format, locale: ctx.locale })
		),

	updateConsent: memberWriteProcedure.input(updateConsentInput).mutation(async ({ ctx, input }) => {
		const result = await updateConsent(ctx.prisma, ctx.memberAccess, input);
		await recordAudit(ctx.prisma, ctx.viewer, {
			action: 'UPDATE',
			entity: result.withdrawn.length > 0 ? 'ConsentWithdrawal' : 'Consent',
			entityId: input.memberId,
			memberId: input.memberId
		});
		return result;
	}),

	erase: memberWriteProcedure.input(eraseMemberInput).mutation(async ({ ctx, input }) => {
		if (ctx.viewer.role !== 'ADMIN') throw forbidden('records.erase.adminOnly');
		const result = await eraseMember(ctx.prisma, ctx.memberAccess, input.confirmCode, ctx.viewer.userId);
		await recordAudit(ctx.prisma, ctx.viewer, {
			action: 'ERASE',
			entity: 'Member',
			entityId: input.memberId,
			memberId: input.memberId
		});
		return result;
	})
});
