import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../trpc/context';
import { router } from '../../trpc/init';
import type { GroupAccess } from '../../services/access/require-group-access';
import { groupReadProcedure, groupWriteProcedure } from '../../trpc/procedures';
import { recordAudit } from '../../services/audit/record-audit';
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
} from './members.types';

/** A group's members: intake, enrolment, withdrawal and CSV import. Every procedure is scoped to one group. */
export const membersRouter = router({
	listForGroup: groupReadProcedure.query(({ ctx }) => listGroupMembers(ctx.prisma, ctx.viewer, ctx.access)),
	create: groupWriteProcedure.input(memberFieldsSchema).mutation(async ({ ctx, input }) => {
		const { groupId: _groupId, ...fields } = input;
		const member = await createMember(ctx.prisma, ctx.access, fields);
		await audit(ctx, 'CREATE', member.id);
		return member;
	}),
	update: groupWriteProcedure.input(updateMemberInput).mutation(async ({ ctx, input }) => {
		const { groupId: _groupId, ...fields } = input;
		const result = await updateMember(ctx.prisma, ctx.access, fields);
		await audit(ctx, 'UPDATE', input.memberId);
		return result;
	}),
	search: groupWriteProcedure
		.input(searchInput)
		.query(({ ctx, input }) => searchMembers(ctx.prisma, ctx.viewer, ctx.access, input.code)),
	enrol: groupWriteProcedure.input(memberIdInput).mutation(async ({ ctx, input }) => {
		const result = await enrolMember(ctx.prisma, ctx.viewer, ctx.access, input.memberId);
		await audit(ctx, 'UPDATE', input.memberId);
		return result;
	}),
	withdraw: groupWriteProcedure.input(withdrawInput).mutation(async ({ ctx, input }) => {
		const result = await withdrawMember(ctx.prisma, ctx.access, input);
		await audit(ctx, 'UPDATE', input.memberId);
		return result;
	}),
	previewImport: groupWriteProcedure
		.input(importInput)
		.mutation(({ ctx, input }) => previewImport(ctx.prisma, ctx.access, input.csv)),
	import: groupWriteProcedure.input(importInput).mutation(async ({ ctx, input }) => {
		const result = await importMembers(ctx.prisma, ctx.access, input.csv);
		await recordAudit(ctx.prisma, ctx.viewer, {
			action: 'CREATE',
			entity: 'MemberImport',
			groupId: ctx.access.groupId
		});
		return result;
	})
});

function audit(
	ctx: { prisma: PrismaClient; viewer: Viewer; access: GroupAccess },
	action: 'CREATE' | 'UPDATE',
	memberId: string
) {
	return recordAudit(ctx.prisma, ctx.viewer, {
		action,
		entity: 'Member',
		entityId: memberId,
		groupId: ctx.access.groupId,
		memberId
	});
}
