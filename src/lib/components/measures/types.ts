import type { AnswerLabel } from '$lib/domain/answer-labels';

// What the score entry screen works with.
export interface EntryMeasure {
	id: string;
	key: string | null;
	kind: string;
	nameZh: string;
	nameEn: string;
	items: { zh: string; en: string }[];
	itemMin: number;
	itemMax: number;
	higherIsBetter: boolean;
	promptZh: string | null;
	promptEn: string | null;
	answerLabels: AnswerLabel[];
	source: string | null;
	organizationId: string | null;
}
export interface EntryGoal {
	id: string;
	title: string;
	weight: number;
	levels: string[];
}
export interface EntrySubmission {
	scores: { measureId: string; itemScores: number[] }[];
	goals: { goalId: string; level: number }[];
}
