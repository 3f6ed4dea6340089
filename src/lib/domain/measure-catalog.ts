import type { AnswerLabel } from './answer-labels';
import type { PopulationNorms } from './change';
import type { MeasureKind, ReliabilityKind } from './vocabularies';

/** A scale's reliability and SD, each with its source: a null source marks the organization's own assumption. */
export interface SourcedNorms {
	reliability: number | null;
	/** how the reliability was estimated; null with an assumed reliability */
	reliabilityKind: ReliabilityKind | null;
	reliabilitySource: string | null;
	sd: number | null;
	sdSource: string | null;
}

/** Everything a supervisor sets per scale: reliability and SD, and published population norms (criterion c). */
export interface ScaleNorms extends SourcedNorms, PopulationNorms {
	normSource: string | null;
}

/**
 * Built-in instruments: all free to use. Reliability and SD feed the reliable-change index. Each carries its
 * source; a null source marks a value that is an assumption (shown as such), not a published figure.
 */
export interface BuiltInMeasure extends SourcedNorms {
	key: string;
	kind: Exclude<MeasureKind, 'CUSTOM'>;
	nameZh: string;
	nameEn: string;
	items: { zh: string; en: string }[];
	itemMin: number;
	itemMax: number;
	higherIsBetter: boolean;
	/** the lead-in question shown above the items, as published */
	promptZh: string | null;
	promptEn: string | null;
	/** what the answer values mean, as published: every value, or only the anchors a scale names */
	answerLabels: AnswerLabel[];
	/** where the instrument comes from; null: written for this app (shown as such, never as a citation) */
	source: string | null;
}

export const HUGHES_2004_SCALE = 'Hughes, Waite, Hawkley & Cacioppo (2004), Research on Aging 26(6), 655–672';
export const HUGHES_2004 = `${HUGHES_2004_SCALE}: α = .72`;

export const KIRESUK_SHERMAN_1968 =
	'Kiresuk & Sherman (1968), Community Mental Health Journal 4(6), 443–453; level wording after Kiresuk, Smith & Cardillo (1994), Goal Attainment Scaling: Applications, Theory, and Measurement';

export const LAW_JACOB_2015 =
	'Law & Jacob (2015), Goals and Goal Based Outcomes (GBOs): Some Useful Information, 3rd ed., CAMHS Press';

/** GAS levels as published: 0 is the expected level. */
export const GAS_LEVELS: AnswerLabel[] = [
	{ value: -2, zh: '远低于预期', en: 'much less than expected' },
	{ value: -1, zh: '略低于预期', en: 'somewhat less than expected' },
	{ value: 0, zh: '达到预期', en: 'expected level' },
	{ value: 1, zh: '略高于预期', en: 'somewhat more than expected' },
	{ value: 2, zh: '远高于预期', en: 'much more than expected' }
];

/** The three-item loneliness scale's answers (Hughes et al., 2004). */
export const LONELINESS_3_ANSWERS: AnswerLabel[] = [
	{ value: 1, zh: '几乎没有', en: 'hardly ever' },
	{ value: 2, zh: '有时', en: 'some of the time' },
	{ value: 3, zh: '经常', en: 'often' }
];

export const BUILT_IN_MEASURES: BuiltInMeasure[] = [
	{
		key: 'gas',
		kind: 'GAS',
		nameZh: '目标达成量表（GAS）',
		nameEn: 'Goal Attainment Scaling (GAS)',
		items: [],
		itemMin: -2,
		itemMax: 2,
		higherIsBetter: true,
		promptZh: '对照为这位组员设定的预期，他/她在这个目标上现在处于哪个水平？',
		promptEn: 'Compared with the level expected for this member, where are they on this goal now?',
		answerLabels: GAS_LEVELS,
		source: KIRESUK_SHERMAN_1968,
		reliability: null,
		reliabilityKind: null,
		reliabilitySource: null,
		sd: null,
		sdSource: null
	},
	{
		key: 'goal-rating',
		kind: 'GOAL_RATING',
		nameZh: '目标评分（0–10）',
		nameEn: 'Goal rating (0–10)',
		items: [{ zh: '在这个目标上，你现在做到了几分？', en: 'How far along this goal are you now?' }],
		itemMin: 0,
		itemMax: 10,
		higherIsBetter: true,
		promptZh: '请在 0 到 10 之间选一个数：0 表示目标完全没有达到，10 表示目标已经达到。',
		promptEn:
			'Choose a number from 0 to 10: 0 means the goal is not met at all, 10 means the goal is reached.',
		// The GBO scale names its two ends only.
		answerLabels: [
			{ value: 0, zh: '完全没有达到', en: 'not met at all' },
			{ value: 10, zh: '已经达到', en: 'goal reached' }
		],
		source: LAW_JACOB_2015,
		reliability: 0.8,
		reliabilityKind: null,
		reliabilitySource: null,
		sd: 2,
		sdSource: null
	},
	{
		key: 'loneliness-3',
		kind: 'LONELINESS',
		nameZh: '三题孤独感量表（Hughes 等，2004）',
		nameEn: 'Three-item loneliness scale (Hughes et al., 2004)',
		items: [
			{ zh: '你有多常觉得缺少陪伴？', en: 'How often do you feel that you lack companionship?' },
			{ zh: '你有多常觉得被冷落？', en: 'How often do you feel left out?' },
			{ zh: '你有多常觉得与他人隔绝？', en: 'How often do you feel isolated from others?' }
		],
		itemMin: 1,
		itemMax: 3,
		higherIsBetter: false,
		promptZh: '下面几个问题是关于你对生活中不同方面的感受。每一题，请说出你有这种感受的频率。',
		promptEn:
			'The next questions are about how you feel about different aspects of your life. For each one, tell me how often you feel that way.',
		answerLabels: LONELINESS_3_ANSWERS,
		source: HUGHES_2004_SCALE,
		reliability: 0.72,
		// α of the 3-item version in the scale's own paper; its SD (1.6) has no published source: an assumption.
		reliabilityKind: 'INTERNAL_CONSISTENCY',
		reliabilitySource: HUGHES_2004,
		sd: 1.6,
		sdSource: null
	},
	{
		key: 'session-rating',
		kind: 'SESSION_RATING',
		nameZh: '节后感受（组员评）',
		nameEn: 'Session rating (by members)',
		items: [
			{ zh: '今天我觉得被大家听见和尊重。', en: 'Today I felt heard and respected.' },
			{ zh: '今天的活动对我有帮助。', en: 'Today’s activities were useful to me.' },
			{ zh: '我愿意把今天学到的用在生活中。', en: 'I want to use what I learned today in my life.' },
			{ zh: '整体来说，我对今天的小组感到满意。', en: 'Overall, I am satisfied with today’s group.' }
		],
		itemMin: 1,
		itemMax: 5,
		higherIsBetter: true,
		promptZh: '想一想今天这一节小组，每一句选出最符合你感受的一项。',
		promptEn: 'Think about today’s session and, for each sentence, choose the answer that fits you best.',
		answerLabels: [
			{ value: 1, zh: '非常不同意', en: 'strongly disagree' },
			{ value: 2, zh: '不同意', en: 'disagree' },
			{ value: 3, zh: '说不准', en: 'neither agree nor disagree' },
			{ value: 4, zh: '同意', en: 'agree' },
			{ value: 5, zh: '非常同意', en: 'strongly agree' }
		],
		// Written for this app: no published source, and shown as such.
		source: null,
		reliability: 0.85,
		reliabilityKind: null,
		reliabilitySource: null,
		sd: 2.5,
		sdSource: null
	}
];
