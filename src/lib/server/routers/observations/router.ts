import { router } from '../../trpc/init';
import { sessionReadProcedure, sessionWriteProcedure } from '../../trpc/procedures';
import { createObservation } from '../../services/observations/create-observation';
import { listObservations } from '../../services/observations/list-observations';
import { createObservationInput } from '../../schemas/observations/observation.types';

export const observationsRouter = router({
	create: sessionWriteProcedure
		.input(createObservationInput)
		.mutation(({ ctx, input }) => createObservation(ctx.prisma, ctx.viewer, ctx.access, input)),
	list: sessionReadProcedure.query(({ ctx }) => listObservations(ctx.prisma, ctx.viewer, ctx.access))
});
