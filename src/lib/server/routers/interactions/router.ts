import { router } from '../../trpc/init';
import { sessionReadProcedure, sessionWriteProcedure } from '../../trpc/procedures';
import { createInteraction } from '../../services/interactions/create-interaction';
import { deleteInteraction } from '../../services/interactions/delete-interaction';
import { listInteractions } from '../../services/interactions/list-interactions';
import { createInteractionInput, deleteInteractionInput } from '../../schemas/interactions/interaction.types';

export const interactionsRouter = router({
	create: sessionWriteProcedure
		.input(createInteractionInput)
		.mutation(({ ctx, input }) => createInteraction(ctx.prisma, ctx.viewer, ctx.access, input)),
	list: sessionReadProcedure.query(({ ctx }) => listInteractions(ctx.prisma, ctx.viewer, ctx.access)),
	delete: sessionWriteProcedure
		.input(deleteInteractionInput)
		.mutation(({ ctx, input }) => deleteInteraction(ctx.prisma, ctx.viewer, ctx.access, input.interactionId))
});
