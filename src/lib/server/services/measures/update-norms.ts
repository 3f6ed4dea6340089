import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { ReliabilityKind } from '../../../domain/vocabularies';
import { forbidden, notFound } from '../../errors';

export interface UpdateNormsOptions {
	viewer: Viewer;
	measureId: string;
	reliability: number | null;
	reliabilityKind: ReliabilityKind | null;
	reliabilitySource: string | null;
	sd: number | null;
	sdSource: string | null;
	functionalMean: number | null;
	functionalSd: number | null;
	clinicalMean: number | null;
	clinicalSd: number | null;
	normSource: string | null;
}

/**
 * Sets the norms of one of the organization's own scales. Built-in scales are shared by every organization,
 * so their published values are changed in the catalog, not here.
 */
export async function updateNorms(prisma: PrismaClient, { viewer, measureId, ...norms }: UpdateNormsOptions) {
	const found = await prisma.measure.findFirst({
		where: { id: measureId, OR: [{ organizationId: null }, { organizationId: viewer.organizationId }] },
		select: { organizationId: true }
	});
	if (!found) throw notFound();
	if (found.organizationId === null) throw forbidden('errors.measures.builtInNorms');
	return prisma.measure.update({ where: { id: measureId }, data: norms, select: { id: true } });
}
