import { Prisma, type PrismaClient } from '../../db/generated/client';
import type { MeasureKind } from '../../db/generated/enums';
import type { Viewer } from '../../../domain/viewer';
import type { ScaleNorms } from '../../../domain/measure-catalog';
import { measureItems } from './measures-for-group';
import { readAnswerLabels } from '../../../domain/answer-labels';
import { measuresWithNorms } from './effective-norms';
import { clinicalCutoff } from '../../../domain/change';

interface ScaleRow extends ScaleNorms {
	id: string;
	organizationId: string | null;
	key: string | null;
	kind: MeasureKind;
	nameZh: string;
	nameEn: string;
	items: unknown;
	itemMin: number;
	itemMax: number;
	higherIsBetter: boolean;
	promptZh: string | null;
	promptEn: string | null;
	answerLabels: unknown;
	source: string | null;
	/** the organization set some of a built-in scale's values itself */
	orgNorms: boolean;
	responseCount: number;
}

/** Built-in instruments and the organization's own scales, with the norms this organization uses. */
export async function listScales(prisma: PrismaClient, viewer: Viewer) {
	const org = viewer.organizationId;
	const rows = await prisma.$queryRaw<ScaleRow[]>(Prisma.sql`
		SELECT m.id, m."organizationId", m.key, m.kind, m."nameZh", m."nameEn", m.items, m."itemMin", m."itemMax",
			m."higherIsBetter", m."promptZh", m."promptEn", m."answerLabels", m.source, m.reliability, m."reliabilityKind", m."reliabilitySource", m.sd, m."sdSource",
			m."functionalMean", m."functionalSd", m."clinicalMean", m."clinicalSd", m."normSource", m."orgNorms",
			(SELECT COUNT(*)::int FROM "MeasureResponse" r
			WHERE r."measureId" = m.id AND r."organizationId" = ${org}) AS "responseCount"
		FROM ${measuresWithNorms(org)} m
		ORDER BY m."organizationId" NULLS FIRST, m."createdAt", m.id`);
	return rows.map(({ organizationId, ...m }) => ({
		...m,
		items: measureItems(m.items),
		answerLabels: readAnswerLabels(m.answerLabels),
		builtIn: organizationId === null,
		clinicalCutoff: clinicalCutoff(m)
	}));
}
