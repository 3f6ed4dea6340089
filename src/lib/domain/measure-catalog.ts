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
}

export const HUGHES_2004 =
	'Hughes, Waite, Hawkley & Cacioppo (2004), Research on Aging 26(6), 655–672: α = .72';

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
		reliability: 0.85,
		reliabilityKind: null,
		reliabilitySource: null,
		sd: 2.5,
		sdSource: null
	}
];
