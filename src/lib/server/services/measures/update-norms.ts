import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { ScaleNorms } from '../../../domain/measure-catalog';
import { notFound } from '../../errors';
import { auditedWrite } from '../audit/record-audit';

export interface UpdateNormsOptions extends ScaleNorms {
	viewer: Viewer;
	measureId: string;
}

/**
 * Sets the norms of a scale for the viewer's organization. The organization's own scale is changed itself; a
 * built-in scale is shared by every organization, so its values for this organization are kept beside it
 * (MeasureNorms) and the published row stays as it is for everyone else. `measuresWithNorms` reads them back.
 */
export async function updateNorms(prisma: PrismaClient, { viewer, measureId, ...norms }: UpdateNormsOptions) {
	const organizationId = viewer.organizationId;
	const found = await prisma.measure.findFirst({
		where: { id: measureId, OR: [{ organizationId: null }, { organizationId }] },
		select: { organizationId: true }
	});
	if (!found) throw notFound();
	return auditedWrite(
		prisma,
		viewer,
		async (tx) => {
			if (found.organizationId !== null)
				await tx.measure.update({ where: { id: measureId }, data: norms, select: { id: true } });
			else
				await tx.measureNorms.upsert({
					where: { organizationId_measureId: { organizationId, measureId } },
					create: { organizationId, measureId, ...norms },
					update: norms,
					select: { id: true }
				});
			return { id: measureId };
		},
		() => ({ action: 'UPDATE', entity: 'MeasureNorms', entityId: measureId })
	);
}
