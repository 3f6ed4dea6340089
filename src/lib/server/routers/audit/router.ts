import { roleProcedure, router } from '../../trpc/init';
import { auditFilterOptions, listAudit } from '../../services/audit/list-audit';
import { auditCsv } from '../../services/audit/audit-csv';
import { auditFiltersInput, listAuditInput } from '../../schemas/audit/audit.types';

/** Read-only by design: the audit log has no procedure that changes or removes a row. */
const auditProcedure = roleProcedure('ADMIN', 'SUPERVISOR');

export const auditRouter = router({
	list: auditProcedure
		.input(listAuditInput)
		.query(({ ctx, input }) => listAudit(ctx.prisma, ctx.viewer.organizationId, input)),
	filterOptions: auditProcedure.query(({ ctx }) => auditFilterOptions(ctx.prisma, ctx.viewer.organizationId)),
	exportCsv: auditProcedure
		.input(auditFiltersInput)
		.query(({ ctx, input }) => auditCsv(ctx.prisma, ctx.viewer, input))
});
