import { describe, expect, it } from 'vitest';
import {
	budgetSchema,
	budgetTotal,
	formatYuan,
	materialsList,
	parseBudget,
	riskList,
	type PlannedActivityUse
} from './plan-book';

const use = (sessionNumber: number, activity: string, materials: string, risks = ''): PlannedActivityUse => ({
	sessionNumber,
	activity,
	materials,
	risks
});

describe('budget', () => {
	it('adds the lines in cents', () => {
		expect(
			budgetTotal([
				{ item: '物资', amount: 0.1 },
				{ item: '茶点', amount: 0.2 }
			])
		).toBe(0.3);
		expect(budgetTotal([])).toBe(0);
	});

	it('accepts amounts in yuan with at most two decimals, and refuses the rest', () => {
		expect(budgetSchema.safeParse([{ item: '场地', amount: 120.5 }]).success).toBe(true);
		for (const bad of [
			[{ item: '场地', amount: -1 }],
			[{ item: '场地', amount: 1.005 }],
			[{ item: '', amount: 10 }],
			[{ item: 'x'.repeat(101), amount: 10 }],
			Array.from({ length: 31 }, () => ({ item: 'x', amount: 1 }))
		])
			expect(budgetSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 60)).toBe(false);
	});

	it('reads a stored budget that is not a list of lines as no budget', () => {
		expect(parseBudget({ item: 'x' })).toEqual([]);
		expect(parseBudget([{ item: '茶点', amount: 80 }])).toEqual([{ item: '茶点', amount: 80 }]);
	});

	it('shows amounts in yuan in the reader’s language', () => {
		expect(formatYuan(1234.5, 'zh-CN')).toBe('¥1,234.50');
		expect(formatYuan(80, 'en')).toMatch(/^CN¥80\.00$/);
	});
});

describe('materialsList', () => {
	it('lists each material once, with the sessions that need it, in the order first needed', () => {
		const list = materialsList([
			use(3, '情绪卡片', '情绪卡片一套（表情图、情绪词语）、笔'),
			use(1, '小组契约', '大白纸、彩色马克笔、便利贴'),
			use(2, '期望树', '便利贴、笔'),
			use(2, '滚雪球', '')
		]);
		expect(list).toEqual([
			{ item: '大白纸', sessions: [1] },
			{ item: '彩色马克笔', sessions: [1] },
			{ item: '便利贴', sessions: [1, 2] },
			{ item: '笔', sessions: [2, 3] },
			{ item: '情绪卡片一套（表情图、情绪词语）', sessions: [3] }
		]);
	});

	it('splits English lists on commas outside parentheses', () => {
		expect(
			materialsList([
				use(1, 'Cards', 'Scenario cards, simple props (optional, any), pens.'),
				use(2, 'Letters', 'Pens, envelopes')
			])
		).toEqual([
			{ item: 'Scenario cards', sessions: [1] },
			{ item: 'Simple props (optional, any)', sessions: [1] },
			{ item: 'Pens', sessions: [1, 2] },
			{ item: 'Envelopes', sessions: [2] }
		]);
	});
});

describe('riskList', () => {
	it('gives each activity’s risk note once, with every session that uses it', () => {
		expect(
			riskList([
				use(2, '总结圈', '', '有组员不愿发言时，允许跳过。'),
				use(1, '总结圈', '', '有组员不愿发言时，允许跳过。'),
				use(1, '滚雪球', '', ' '),
				use(4, '总结圈', '', '有组员不愿发言时，允许跳过。')
			])
		).toEqual([{ activity: '总结圈', sessions: [1, 2, 4], risks: '有组员不愿发言时，允许跳过。' }]);
	});
});
