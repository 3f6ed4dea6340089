import { answerLabelFor, type AnswerLabel } from './answer-labels';

/** How long a one-time link may live, in hours: a day unless the facilitator chooses otherwise (at most a week). */
export const SELF_REPORT_LINK_HOURS = { min: 1, default: 24, max: 168 } as const;

/** A member-mode PIN: 4 to 8 digits, chosen by the facilitator when handing the tablet over. */
export const MEMBER_MODE_PIN = /^\d{4,8}$/;

/** Wrong PINs tried before member mode accepts only the facilitator's password. */
export const MEMBER_MODE_PIN_TRIES = 5;

/** What a member sees of one questionnaire: no names, no group, nothing else. */
export interface Questionnaire {
	nameZh: string;
	nameEn: string;
	promptZh: string | null;
	promptEn: string | null;
	items: { zh: string; en: string }[];
	itemMin: number;
	itemMax: number;
	answerLabels: AnswerLabel[];
	/** a citation; null: written for this app or by the organization */
	source: string | null;
	builtIn: boolean;
}

/** The values a questionnaire offers, lowest first. */
export function answerValues(q: { itemMin: number; itemMax: number }): number[] {
	return Array.from({ length: q.itemMax - q.itemMin + 1 }, (_, i) => q.itemMin + i);
}

/** The answer buttons' text: the label where the scale names this value, else the number alone. */
export function answerText(q: Pick<Questionnaire, 'answerLabels'>, value: number, locale: 'zh-CN' | 'en') {
	return answerLabelFor(q.answerLabels, value, locale);
}
