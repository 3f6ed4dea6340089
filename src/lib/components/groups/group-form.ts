import type { LeaderRole } from '$lib/domain/vocabularies';

/** The values of the group design form, shared by the wizard and the edit page. */
export interface GroupFormValues {
	name: string;
	/** A built-in theme key or one of the organization's own themes. */
	theme: string;
	targetPopulation: string;
	background: string;
	needs: string;
	strengths: string;
	goals: string[];
	recruitmentCriteria: string;
	evaluationMethod: string;
	venue: string;
	capacity: number;
	startDate: string;
	weekday: number;
	startTime: string;
	sessionMinutes: number;
	sessionCount: number;
	/** 小组计划书 parts. */
	theoreticalBasis: string;
	staffing: string;
	budget: BudgetLineInput[];
	risks: string;
}

/** A budget line as typed: an empty amount field is null. */
export interface BudgetLineInput {
	item: string;
	amount: number | null;
}

/** Budget lines to save: blank lines (no item, no amount) are left out; an amount left empty counts as 0. */
export function budgetForSave(lines: BudgetLineInput[]) {
	return lines
		.map((l) => ({ item: l.item.trim(), amount: l.amount ?? 0 }))
		.filter((l) => l.item !== '' || l.amount !== 0);
}

export interface LeaderChoice {
	userId: string;
	role: LeaderRole;
}

export interface LeaderCandidate {
	userId: string;
	name: string;
	role: string;
}

/** Field errors by input path ('name', 'goals.0', 'leaders'), already translated. */
export type FieldErrors = Record<string, string>;

export const DESIGN_FIELDS = [
	'name',
	'theme',
	'targetPopulation',
	'background',
	'needs',
	'strengths',
	'goals',
	'recruitmentCriteria',
	'evaluationMethod',
	'theoreticalBasis',
	'staffing',
	'budget',
	'risks'
] as const;
export const SCHEDULE_FIELDS = [
	'venue',
	'capacity',
	'startDate',
	'weekday',
	'startTime',
	'sessionMinutes',
	'sessionCount'
] as const;

/** Server error keys that belong next to one field rather than at the top of the form. */
export const ERROR_FIELDS: Record<string, string> = {
	'groups.error.oneLead': 'leaders',
	'groups.error.duplicateLeader': 'leaders',
	'groups.error.leaderNotInOrg': 'leaders',
	'groups.error.creatorMustLead': 'leaders',
	'groups.error.cannotDropRunSessions': 'sessionCount',
	'groups.error.capacityBelowMembers': 'capacity',
	'groups.error.sessionOutlineRun': 'sessionOutlines'
};

/** Which field an error path belongs to ('goals.2' → 'goals'). */
export const fieldOf = (path: string) => path.split('.')[0];

interface ErrorSource {
	key: string;
	fieldErrors: { path: string; key: string; params?: Record<string, number> }[];
}

/**
 * Splits a failed call into a message for the top of the form and messages next to fields. `translate` is
 * the page's `i18n.tKey`.
 */
export function formErrors(
	info: ErrorSource,
	translate: (key: string, fallback: 'errors.field.invalid', params?: Record<string, number>) => string
): { form: string; fields: FieldErrors } {
	const fields: FieldErrors = {};
	for (const f of info.fieldErrors) {
		const path = f.path === '' ? 'form' : f.path;
		fields[path] ??= translate(f.key, 'errors.field.invalid', f.params);
		fields[fieldOf(path)] ??= fields[path];
	}
	const own = ERROR_FIELDS[info.key];
	if (own) fields[own] = translate(info.key, 'errors.field.invalid');
	return { form: translate(info.key, 'errors.field.invalid'), fields };
}
