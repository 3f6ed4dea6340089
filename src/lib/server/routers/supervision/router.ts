import { roleProcedure, router } from '../../trpc/init';
import { compareGroups } from '../../services/supervision/compare-groups';
import { comparisonFilters } from '../../services/supervision/comparison-filters';
import { dateOnlyRange, dayRange } from '../../services/supervision/day-range';
import { serviceStatistics } from '../../services/supervision/service-statistics';
import { absenceReasons } from '../../services/supervision/absence-reasons';
import { exportComparison } from '../../services/supervision/export-comparison';
import { exportStatistics } from '../../services/supervision/export-statistics';
import { compareInput, statisticsInput } from '../../schemas/supervision/supervision.types';

/** Supervisors and admins only: these read across every group of the organization. */
const supervisorProcedure = roleProcedure('SUPERVISOR', 'ADMIN');

export const supervisionRouter = router({
	filters: supervisorProcedure.query(({ ctx }) => comparisonFilters(ctx.prisma, ctx.viewer)),
	compare: supervisorProcedure.input(compareInput).query(async ({ ctx, input }) => {
		const range = dateOnlyRange(input.from, input.to);
		return compareGroups(ctx.prisma, ctx.viewer, {
			themes: input.themes,
			facilitatorId: input.facilitatorId,
			...range
		});
	}),
	/** The comparison for the CSV download: the same rows, and the download is audited. */
	exportCompare: supervisorProcedure.input(compareInput).query(async ({ ctx, input }) => {
		const range = dayRange(ctx.viewer.timeZone, input.from, input.to);
		return exportComparison(ctx.prisma, ctx.viewer, {
			themes: input.themes,
			facilitatorId: input.facilitatorId,
			...range
		});
	}),
	statistics: supervisorProcedure
		.input(statisticsInput)
		.query(({ ctx, input }) => serviceStatistics(ctx.prisma, ctx.viewer, input)),
	/** Absences and leaves by reason over the same period as the statistics. */
	absenceReasons: supervisorProcedure.input(statisticsInput).query(async ({ ctx, input }) => {
		const range = dayRange(ctx.viewer.timeZone, input.from, input.to);
		return absenceReasons(ctx.prisma, ctx.viewer, { from: range.from!, to: range.to! });
	}),
	exportStatistics: supervisorProcedure
		.input(statisticsInput)
		.query(({ ctx, input }) => exportStatistics(ctx.prisma, ctx.viewer, input))
});
