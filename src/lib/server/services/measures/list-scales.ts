import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { MEASURE_SELECT, measureItems } from './measures-for-group';
import { clinicalCutoff } from '../../../domain/change';

/** Built-in instruments and the organization's own scales. */
export async function listScales(prisma: PrismaClient, viewer: Viewer) {
	const rows = await prisma.measure.findMany({
		where: { OR: [{ organizationId: null }, { organizationId: viewer.organizationId }] },
		orderBy: [{ organizationId: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }],
		select: {
			...MEASURE_SELECT,
			reliabilityKind: true,
			reliabilitySource: true,
			sdSource: true,
			functionalMean: true,
			functionalSd: true,
			clinicalMean: true,
			clinicalSd: true,
			normSource: true,
			_count: { select: { responses: true } }
		}
	});
	return rows.map(({ _count, organizationId, ...m }) => ({
		...m,
		items: measureItems(m.items),
		builtIn: organizationId === null,
		clinicalCutoff: clinicalCutoff(m),
		responseCount: _count.responses
	}));
}
