import { readAnswerLabels } from '../../../domain/answer-labels';
import type { Questionnaire } from '../../../domain/self-report';
import { measureItems } from '../measures/measures-for-group';

/** The fields of a Measure a questionnaire shows. */
export const QUESTIONNAIRE_SELECT = {
	id: true,
	kind: true,
	organizationId: true,
	nameZh: true,
	nameEn: true,
	promptZh: true,
	promptEn: true,
	items: true,
	itemMin: true,
	itemMax: true,
	answerLabels: true,
	source: true
} as const;

export function questionnaireOf(m: {
	organizationId: string | null;
	nameZh: string;
	nameEn: string;
	promptZh: string | null;
	promptEn: string | null;
	items: unknown;
	itemMin: number;
	itemMax: number;
	answerLabels: unknown;
	source: string | null;
}): Questionnaire {
	return {
		nameZh: m.nameZh,
		nameEn: m.nameEn,
		promptZh: m.promptZh,
		promptEn: m.promptEn,
		items: measureItems(m.items),
		itemMin: m.itemMin,
		itemMax: m.itemMax,
		answerLabels: readAnswerLabels(m.answerLabels),
		source: m.source,
		builtIn: m.organizationId === null
	};
}
