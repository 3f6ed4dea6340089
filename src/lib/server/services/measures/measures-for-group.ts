import type { PrismaClient } from '../../db/generated/client';
import { readAnswerLabels } from '../../../domain/answer-labels';

// No norms here: the entry sheet does not need them, and the ones an organization uses come from
// `measuresWithNorms`, never from the shared row.
const MEASURE_SELECT = {
	id: true,
	key: true,
	kind: true,
	nameZh: true,
	nameEn: true,
	items: true,
	itemMin: true,
	itemMax: true,
	higherIsBetter: true,
	promptZh: true,
	promptEn: true,
	answerLabels: true,
	source: true,
	organizationId: true
} as const;

export interface MeasureItem {
	zh: string;
	en: string;
}

/** Items are stored as JSON; anything that is not a list of {zh, en} reads as no items. */
export function measureItems(items: unknown): MeasureItem[] {
	if (!Array.isArray(items)) return [];
	return items
		.filter((i): i is MeasureItem => typeof i === 'object' && i !== null && 'zh' in i && 'en' in i)
		.map((i) => ({ zh: String(i.zh), en: String(i.en) }));
}

/**
 * Instruments a group uses: the built-in ones (the loneliness scale only for elder groups; GAS is entered
 * through each member's goals) plus the organization's own scales.
 */
export async function measuresForGroup(prisma: PrismaClient, organizationId: string, theme: string) {
	const rows = await prisma.measure.findMany({
		where: { OR: [{ organizationId: null }, { organizationId }] },
		orderBy: [{ organizationId: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }],
		select: MEASURE_SELECT
	});
	return rows
		.filter((m) => m.kind !== 'GAS' && (m.kind !== 'LONELINESS' || theme === 'ELDER_SOCIAL'))
		.map((m) => ({ ...m, items: measureItems(m.items), answerLabels: readAnswerLabels(m.answerLabels) }));
}
