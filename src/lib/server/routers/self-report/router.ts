import { authedProcedure, publicProcedure, router } from '../../trpc/init';
import { groupWriteProcedure } from '../../trpc/procedures';
import { createLink } from '../../services/self-report/create-link';
import { leaveMemberMode } from '../../services/self-report/leave-member-mode';
import { memberForm } from '../../services/self-report/member-form';
import { openLink } from '../../services/self-report/open-link';
import { saveTablet } from '../../services/self-report/save-tablet';
import { submitLink } from '../../services/self-report/submit-link';
import {
	createLinkInput,
	leaveMemberModeInput,
	memberFormInput,
	openLinkInput,
	saveTabletInput,
	submitLinkInput
} from '../../schemas/self-report/self-report.types';

// Members answer for themselves: in member mode on the leader's tablet (the leader's session, group write access),
// or through a one-time link without an account (public, rate limited, bound to one member and questionnaire).
export const selfReportRouter = router({
	memberForm: groupWriteProcedure
		.input(memberFormInput)
		.query(({ ctx, input }) => memberForm(ctx.prisma, ctx.access, input)),
	saveTablet: groupWriteProcedure
		.input(saveTabletInput)
		.mutation(({ ctx, input }) =>
			saveTablet(ctx.prisma, { access: ctx.access, viewer: ctx.viewer, ...input })
		),
	leaveMemberMode: authedProcedure.input(leaveMemberModeInput).mutation(({ ctx, input }) =>
		leaveMemberMode(ctx.prisma, {
			viewer: ctx.viewer,
			password: input.password,
			address: ctx.clientAddress ?? null
		})
	),
	createLink: groupWriteProcedure
		.input(createLinkInput)
		.mutation(({ ctx, input }) =>
			createLink(ctx.prisma, { access: ctx.access, viewer: ctx.viewer, ...input })
		),
	openLink: publicProcedure
		.input(openLinkInput)
		.query(({ ctx, input }) =>
			openLink(ctx.prisma, { token: input.token, address: ctx.clientAddress ?? null })
		),
	submitLink: publicProcedure
		.input(submitLinkInput)
		.mutation(({ ctx, input }) => submitLink(ctx.prisma, { ...input, address: ctx.clientAddress ?? null }))
});
