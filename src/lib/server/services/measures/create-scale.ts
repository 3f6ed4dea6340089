import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';

export interface CreateScaleOptions {
	viewer: Viewer;
	nameZh: string;
	nameEn: string;
	items: { zh: string; en: string }[];
	itemMin: number;
	itemMax: number;
	higherIsBetter: boolean;
	reliability: number | null;
	sd: number | null;
}

/** An organization's own scale. Reliability and SD (of a reference sample) enable reliable change. */
export async function createScale(prisma: PrismaClient, { viewer, ...s }: CreateScaleOptions) {
	return prisma.measure.create({
		data: {
			organizationId: viewer.organizationId,
			kind: 'CUSTOM',
			nameZh: s.nameZh,
			nameEn: s.nameEn || s.nameZh,
			items: s.items.map((i) => ({ zh: i.zh, en: i.en || i.zh })),
			itemMin: s.itemMin,
			itemMax: s.itemMax,
			higherIsBetter: s.higherIsBetter,
			reliability: s.reliability,
			sd: s.sd
		},
		select: { id: true, nameZh: true, nameEn: true }
	});
}
