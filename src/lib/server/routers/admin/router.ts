import { roleProcedure, router } from '../../trpc/init';
import { createUser } from '../../services/users/create-user';
import { listUsers } from '../../services/users/list-users';
import { updateMembership } from '../../services/users/update-membership';
import { unlockSignIn } from '../../services/users/unlock-sign-in';
import { recordAudit } from '../../services/audit/record-audit';
import { createUserInput, unlockSignInInput, updateMembershipInput } from './users.types';

const adminProcedure = roleProcedure('ADMIN');

export const adminRouter = router({
	listUsers: adminProcedure.query(({ ctx }) => listUsers(ctx.prisma, ctx.viewer.organizationId)),
	createUser: adminProcedure.input(createUserInput).mutation(async ({ ctx, input }) => {
		const user = await createUser(ctx.prisma, {
			...input,
			organizationId: ctx.viewer.organizationId,
			actorId: ctx.viewer.userId
		});
		await recordAudit(ctx.prisma, ctx.viewer, { action: 'CREATE', entity: 'User', entityId: user.id });
		return user;
	}),
	updateMembership: adminProcedure.input(updateMembershipInput).mutation(async ({ ctx, input }) => {
		const result = await updateMembership(ctx.prisma, {
			...input,
			organizationId: ctx.viewer.organizationId
		});
		await recordAudit(ctx.prisma, ctx.viewer, {
			action: 'UPDATE',
			entity: 'Membership',
			entityId: input.userId
		});
		return result;
	}),
	unlockSignIn: adminProcedure.input(unlockSignInInput).mutation(async ({ ctx, input }) => {
		const result = await unlockSignIn(ctx.prisma, { ...input, organizationId: ctx.viewer.organizationId });
		await recordAudit(ctx.prisma, ctx.viewer, { action: 'UPDATE', entity: 'User', entityId: input.userId });
		return result;
	})
});
