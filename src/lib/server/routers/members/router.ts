import { router } from '../../trpc/init';
import { groupReadProcedure, groupWriteProcedure } from '../../trpc/procedures';
import { createMember } from '../../services/members/create-member';
import { enrolMember } from '../../services/members/enrol-member';
import { importMembers } from '../../services/members/import-members';
import { listGroupMembers } from '../../services/members/list-group-members';
import { previewImport } from '../../services/members/preview-import';
import { searchMembers } from '../../services/members/search-members';
import { updateMember } from '../../services/members/update-member';
import { withdrawMember } from '../../services/members/withdraw-member';
import {
	importInput,
	memberFieldsSchema,
	memberIdInput,
	searchInput,
	updateMemberInput,
	withdrawInput
} from '../../schemas/members/members.types';

/** A group's members: intake, enrolment, withdrawal and CSV import. Every procedure is scoped to one group. */
export const membersRouter = router({
	listForGroup: groupReadProcedure.query(({ ctx }) => listGroupMembers(ctx.prisma, ctx.viewer, ctx.access)),
	create: groupWriteProcedure.input(memberFieldsSchema).mutation(({ ctx, input }) => {
		const { groupId: _groupId, ...fields } = input;
		return createMember(ctx.prisma, ctx.viewer, ctx.access, fields);
	}),
	update: groupWriteProcedure.input(updateMemberInput).mutation(({ ctx, input }) => {
		const { groupId: _groupId, ...fields } = input;
		return updateMember(ctx.prisma, ctx.viewer, ctx.access, fields);
	}),
	search: groupWriteProcedure
		.input(searchInput)
		.query(({ ctx, input }) => searchMembers(ctx.prisma, ctx.viewer, ctx.access, input.code)),
	enrol: groupWriteProcedure
		.input(memberIdInput)
		.mutation(({ ctx, input }) => enrolMember(ctx.prisma, ctx.viewer, ctx.access, input.memberId)),
	withdraw: groupWriteProcedure
		.input(withdrawInput)
		.mutation(({ ctx, input }) => withdrawMember(ctx.prisma, ctx.viewer, ctx.access, input)),
	previewImport: groupWriteProcedure
		.input(importInput)
		.mutation(({ ctx, input }) => previewImport(ctx.prisma, ctx.access, input.csv)),
	import: groupWriteProcedure
		.input(importInput)
		.mutation(({ ctx, input }) => importMembers(ctx.prisma, ctx.viewer, ctx.access, input.csv))
});
