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

/** The plan book's own parts (小组计划书): theoretical basis, staffing, budget lines, the group's own risks. */
export const planBookSelect = {
	theoreticalBasis: true,
	staffing: true,
	budget: true,
	risks: true
} satisfies Prisma.GroupSelect;
