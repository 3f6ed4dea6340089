import type { Prisma } from '../../db/generated/client';

/** The fields of a group's design (小组策划) that the overview, the edit form and the plan document all show. */
export const groupDesignSelect = {
	id: true,
	name: true,
	theme: true,
	targetPopulation: true,
	background: true,
	needs: true,
	strengths: true,
	goals: true,
	recruitmentCriteria: true,
	evaluationMethod: true,
	venue: true,
	capacity: true,
	plannedSessionCount: true,
	weekday: true,
	startTime: true,
	sessionMinutes: true
} satisfies Prisma.GroupSelect;
