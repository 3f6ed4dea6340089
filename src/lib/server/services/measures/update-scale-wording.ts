import type { Prisma, PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { answerLabelsProblem, completeAnswerLabels, type AnswerLabel } from '../../../domain/answer-labels';
import { badRequest, notFound } from '../../errors';

export interface UpdateScaleWordingOptions {
	viewer: Viewer;
	measureId: string;
	promptZh: string;
	promptEn: string;
	source: string;
	answerLabels: AnswerLabel[];
}

/**
 * Corrects the wording of one of the organization's own scales: lead-in, answer labels, source. The range and the
 * items stay, so responses already given keep their meaning. Built-in scales are worded by the catalog only.
 */
export async function updateScaleWording(prisma: PrismaClient, { viewer, ...s }: UpdateScaleWordingOptions) {
	const scale = await prisma.measure.findFirst({
		where: { id: s.measureId, organizationId: viewer.organizationId },
		select: { id: true, itemMin: true, itemMax: true }
	});
	if (!scale) throw notFound();
	const problem = answerLabelsProblem(s.answerLabels, scale.itemMin, scale.itemMax);
	if (problem) throw badRequest(problem);
	return prisma.measure.update({
		where: { id: scale.id },
		data: {
			promptZh: s.promptZh || s.promptEn || null,
			promptEn: s.promptEn || s.promptZh || null,
			source: s.source || null,
			answerLabels: completeAnswerLabels(s.answerLabels) as unknown as Prisma.InputJsonValue
		},
		select: { id: true }
	});
}
