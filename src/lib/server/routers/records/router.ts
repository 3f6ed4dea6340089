import { z } from 'zod';
import { authedProcedure, router } from '../../trpc/init';
import { memberReadProcedure, memberWriteProcedure } from '../../trpc/procedures';
import { forbidden } from '../../trpc/errors';
import { listMembers } from '../../services/records/list-members';
import { readMemberRecord } from '../../services/records/read-member-record';
import { updateConsent } from '../../services/records/update-consent';
import { eraseMember } from '../../services/records/erase-member';
import { exportMember } from '../../services/records/export-member';
import {
	eraseMemberInput,
	listMembersInput,
	recordFiltersInput,
	updateConsentInput
} from '../../schemas/records/records.types';

export const recordsRouter = router({
	listMembers: authedProcedure
		.input(listMembersInput)
		.query(({ ctx, input }) => listMembers(ctx.prisma, ctx.viewer, input)),

	get: memberReadProcedure.input(recordFiltersInput).query(({ ctx, input }) => {
		const { memberId: _id, ...filters } = input;
		return readMemberRecord(ctx.prisma, ctx.viewer, ctx.memberAccess, filters);
	}),

	export: memberReadProcedure
		.input(z.object({ format: z.enum(['json', 'docx']) }))
		.query(({ ctx, input }) =>
			exportMember(ctx.prisma, ctx.viewer, ctx.memberAccess, { format: input.format, locale: ctx.locale })
		),

	updateConsent: memberWriteProcedure
		.input(updateConsentInput)
		.mutation(({ ctx, input }) => updateConsent(ctx.prisma, ctx.viewer, ctx.memberAccess, input)),

	erase: memberWriteProcedure.input(eraseMemberInput).mutation(({ ctx, input }) => {
		if (ctx.viewer.role !== 'ADMIN') throw forbidden('records.erase.adminOnly');
		return eraseMember(ctx.prisma, ctx.memberAccess, input.confirmCode, ctx.viewer);
	})
});
