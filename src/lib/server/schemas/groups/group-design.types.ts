import { z } from 'zod';
import { MAX_SESSIONS, TIME_PATTERN } from '../../../domain/group-schedule';
import { calendarDaySchema } from '../../../domain/dates';
import { idSchema } from '../id';
import { budgetSchema } from '../../../domain/plan-book';

const text = (max: number) => z.string().trim().max(max);

/** The group's design (小组策划): needs assessment, goals, population, recruitment, venue and capacity. */
export const groupDesignSchema = z.object({
	name: z.string().trim().min(1).max(100),
	/** A built-in theme key or one of the organization's own themes (checked by the service). */
	theme: z.string().trim().min(1).max(40),
	targetPopulation: text(1000),
	background: text(2000),
	needs: text(2000),
	strengths: text(2000),
	goals: z.array(z.string().trim().min(1).max(300)).max(10),
	recruitmentCriteria: text(1000),
	evaluationMethod: text(1000),
	venue: text(100),
	capacity: z.number().int().min(1).max(100),
	// 小组计划书 parts; left out, they keep what the group has (or start empty).
	theoreticalBasis: text(3000).optional(),
	staffing: text(2000).optional(),
	budget: budgetSchema.optional(),
	risks: text(2000).optional()
});

/** The schedule that generates the dated sessions. */
export const groupScheduleSchema = z.object({
	startDate: calendarDaySchema,
	weekday: z.number().int().min(0).max(6),
	startTime: z.string().max(5).regex(TIME_PATTERN, 'errors.field.invalid'),
	sessionMinutes: z.number().int().min(15).max(480),
	sessionCount: z.number().int().min(1).max(MAX_SESSIONS)
});

export const leadersSchema = z
	.array(z.object({ userId: idSchema, role: z.enum(['LEAD', 'CO_LEADER']) }))
	.min(1)
	.max(6)
	.refine((leaders) => leaders.filter((l) => l.role === 'LEAD').length === 1, 'groups.error.oneLead')
	.refine(
		(leaders) => new Set(leaders.map((l) => l.userId)).size === leaders.length,
		'groups.error.duplicateLeader'
	);

export const createGroupInput = groupDesignSchema.extend({
	...groupScheduleSchema.shape,
	leaders: leadersSchema,
	/** Pre-fill each session's title and activities from the theme's template. */
	fromTemplate: z.boolean()
});
export type CreateGroupInput = z.infer<typeof createGroupInput>;

/** A session's theme and goals as the plan book states them (sessions that have not run only). */
export const sessionOutlineSchema = z.object({
	number: z.number().int().min(1).max(MAX_SESSIONS),
	title: text(100),
	goals: text(2000)
});

export const updateGroupInput = groupDesignSchema.extend({
	...groupScheduleSchema.shape,
	sessionOutlines: z
		.array(sessionOutlineSchema)
		.max(MAX_SESSIONS)
		.refine((list) => new Set(list.map((o) => o.number)).size === list.length, 'errors.field.invalid')
		.optional(),
	version: z.number().int().min(1).max(2_147_483_647)
});
export type UpdateGroupInput = z.infer<typeof updateGroupInput>;

export const setLeadersInput = z.object({
	version: z.number().int().min(1).max(2_147_483_647),
	leaders: leadersSchema
});

/** Which download of the plan: the Word plan or the session calendar. */
export const exportPlanInput = z.object({ format: z.enum(['docx', 'ics']) });
