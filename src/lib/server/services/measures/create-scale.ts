import type { Prisma, PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { completeAnswerLabels, type AnswerLabel } from '../../../domain/answer-labels';

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
	promptZh: string;
	promptEn: string;
	source: string;
	/** one per value from itemMin to itemMax (checked by the input schema) */
	answerLabels: AnswerLabel[];
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
			sd: s.sd,
			promptZh: s.promptZh || s.promptEn || null,
			promptEn: s.promptEn || s.promptZh || null,
			source: s.source || null,
			answerLabels: completeAnswerLabels(s.answerLabels) as unknown as Prisma.InputJsonValue
		},
		select: { id: true, nameZh: true, nameEn: true }
	});
}
