import type { ConflictType, PlanItemKind } from '$lib/domain/vocabularies';

export interface RunPlanItem {
	id: string;
	kind: PlanItemKind;
	title: string;
	minutes: number;
	notes: string;
	activity: { id: string; titleZh: string; titleEn: string } | null;
}

export interface RunMember {
	id: string;
	code: string;
	realName: string | null;
	notesConsent: boolean;
}

export type RunMode = 'attendance' | 'interaction' | 'conflict' | 'observation';

export const ATTENDANCE_COLORS = {
	PRESENT: 'bg-emerald-100 text-emerald-800',
	LATE: 'bg-amber-100 text-amber-800',
	LEFT_EARLY: 'bg-orange-100 text-orange-800',
	ABSENT: 'bg-slate-200 text-slate-700',
	EXCUSED: 'bg-sky-100 text-sky-800'
} as const;

export const memberLabel = (m: RunMember) => (m.realName ? `${m.code} ${m.realName}` : m.code);

export interface ConflictDraft {
	type: ConflictType;
	severity: number;
	description: string;
	handling: string;
	resolved: boolean;
	/** yyyy-mm-dd from a date input, or empty. */
	followUpAt: string;
}

export const emptyConflictDraft = (): ConflictDraft => ({
	type: 'VERBAL_DISAGREEMENT',
	severity: 2,
	description: '',
	handling: '',
	resolved: false,
	followUpAt: ''
});
