import { roleProcedure, router } from '../../trpc/init';
import { createUser } from '../../services/users/create-user';
import { listUsers } from '../../services/users/list-users';
import { updateMembership } from '../../services/users/update-membership';
import { unlockSignIn } from '../../services/users/unlock-sign-in';
import { createUserInput, unlockSignInInput, updateMembershipInput } from '../../schemas/admin/users.types';

const adminProcedure = roleProcedure('ADMIN');

export const adminRouter = router({
	listUsers: adminProcedure.query(({ ctx }) => listUsers(ctx.prisma, ctx.viewer.organizationId)),
	createUser: adminProcedure
		.input(createUserInput)
		.mutation(({ ctx, input }) =>
			createUser(ctx.prisma, { ...input, organizationId: ctx.viewer.organizationId, createdBy: ctx.viewer })
		),
	updateMembership: adminProcedure
		.input(updateMembershipInput)
		.mutation(({ ctx, input }) =>
			updateMembership(ctx.prisma, ctx.viewer, { ...input, organizationId: ctx.viewer.organizationId })
		),
	unlockSignIn: adminProcedure
		.input(unlockSignInInput)
		.mutation(({ ctx, input }) => unlockSignIn(ctx.prisma, ctx.viewer, input.userId))
});
