/**
 * The parts of the group plan (小组计划书) that are built rather than typed: the budget lines and their total,
 * the materials list (物资清单) from the planned activities' materials, and the risks and responses
 * (风险预估与应对) from the planned activities' risk notes. Pure functions.
 */
import { z } from 'zod';

export const BUDGET_MAX_LINES = 30;
export const BUDGET_MAX_AMOUNT = 1_000_000;
export const BUDGET_ITEM_MAX = 100;

const cents = (amount: number) => Math.round(amount * 100);

/** One budget line: what it is for and its amount in yuan (at most two decimals). */
export const budgetLineSchema = z.object({
	item: z.string().trim().min(1).max(BUDGET_ITEM_MAX),
	amount: z
		.number()
		.min(0)
		.max(BUDGET_MAX_AMOUNT)
		.refine((n) => Math.abs(n * 100 - cents(n)) < 1e-6, 'errors.field.invalid')
});
export const budgetSchema = z.array(budgetLineSchema).max(BUDGET_MAX_LINES);
export type BudgetLine = z.infer<typeof budgetLineSchema>;

/** Budget lines as stored (JSON); anything that is not a valid list of lines reads as no budget. */
export function parseBudget(stored: unknown): BudgetLine[] {
	const parsed = budgetSchema.safeParse(stored);
	return parsed.success ? parsed.data : [];
}

/** The budget's total in yuan, added in cents so that 0.1 + 0.2 is 0.3. */
export function budgetTotal(lines: readonly BudgetLine[]): number {
	return lines.reduce((sum, l) => sum + cents(l.amount), 0) / 100;
}

/** An amount in yuan in the reader's language (¥1,234.50). */
export function formatYuan(amount: number, locale: string): string {
	return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(amount);
}

export interface PlannedActivityUse {
	sessionNumber: number;
	/** The activity's title in the reader's language. */
	activity: string;
	materials: string;
	risks: string;
}

export interface MaterialLine {
	item: string;
	sessions: number[];
}

/** Separators between the materials an activity names ('大白纸、马克笔', 'Paper, pens'). */
const MATERIAL_SEPARATORS = /[、,，;；\n]+/;

/**
 * The materials list: every material the planned activities name, once, with the sessions that need it, in
 * the order first needed, each starting with a capital. Text in parentheses stays with its item
 * ('pens (one each), paper' is two items).
 */
export function materialsList(uses: readonly PlannedActivityUse[]): MaterialLine[] {
	const lines = new Map<string, Set<number>>();
	for (const use of [...uses].sort((a, b) => a.sessionNumber - b.sessionNumber)) {
		for (const raw of splitOutsideParentheses(use.materials)) {
			const trimmed = raw.trim().replace(/[。.]$/, '');
			if (!trimmed) continue;
			// A list item reads as a line of its own: 'pens' → 'Pens', so that 'Pens' and 'pens' are one line.
			const item = trimmed[0].toUpperCase() + trimmed.slice(1);
			const sessions = lines.get(item) ?? new Set<number>();
			sessions.add(use.sessionNumber);
			lines.set(item, sessions);
		}
	}
	return [...lines].map(([item, sessions]) => ({ item, sessions: [...sessions] }));
}

function splitOutsideParentheses(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let current = '';
	for (const ch of text) {
		if (ch === '(' || ch === '（') depth++;
		if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
		if (depth === 0 && MATERIAL_SEPARATORS.test(ch)) {
			parts.push(current);
			current = '';
		} else current += ch;
	}
	parts.push(current);
	return parts;
}

export interface RiskLine {
	activity: string;
	sessions: number[];
	risks: string;
}

/** Risks and responses: each planned activity with a risk note, once, with the sessions that use it. */
export function riskList(uses: readonly PlannedActivityUse[]): RiskLine[] {
	const lines = new Map<string, RiskLine>();
	for (const use of [...uses].sort((a, b) => a.sessionNumber - b.sessionNumber)) {
		const risks = use.risks.trim();
		if (!risks) continue;
		const line = lines.get(use.activity);
		if (!line) lines.set(use.activity, { activity: use.activity, sessions: [use.sessionNumber], risks });
		else if (!line.sessions.includes(use.sessionNumber)) line.sessions.push(use.sessionNumber);
	}
	return [...lines.values()];
}
