/**
 * Every fixed vocabulary of the app, once: stored as these keys, shown in the reader's language through
 * `i18n`. Lists that are Prisma enums must equal them (pinned by src/lib/server/db/vocabularies.test.ts).
 * Audit actions and entities live in ./audit.
 */
import { z } from 'zod';

export const ORG_ROLES = ['ADMIN', 'SUPERVISOR', 'FACILITATOR'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];
export const orgRoleSchema = z.enum(ORG_ROLES);

export const LEADER_ROLES = ['LEAD', 'CO_LEADER'] as const;
export type LeaderRole = (typeof LEADER_ROLES)[number];
export const leaderRoleSchema = z.enum(LEADER_ROLES);

export const GROUP_STATUSES = ['PLANNING', 'RECRUITING', 'RUNNING', 'CLOSED'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];
export const groupStatusSchema = z.enum(GROUP_STATUSES);

/** Group development: forming/preparation → beginning → working → consolidating → ending. */
export const STAGES = ['PREPARATION', 'BEGINNING', 'WORKING', 'CONSOLIDATING', 'ENDING'] as const;
export type Stage = (typeof STAGES)[number];
export const stageSchema = z.enum(STAGES);

/** Built-in group themes (CUSTOM is a free-form template, not an activity category). */
export const THEMES = [
	'TEEN_EMOTION',
	'ELDER_SOCIAL',
	'CARER_SUPPORT',
	'PARENT_CHILD',
	'RESIDENT_LEADERS',
	'CUSTOM'
] as const;
export type Theme = (typeof THEMES)[number];
export const themeSchema = z.enum(THEMES);

/**
 * A group's theme is a built-in key or one of its organization's own themes (organization settings), stored as
 * the theme's name; the built-in keys are translated, an organization's theme reads as it was written.
 */
export function isBuiltInTheme(theme: string): theme is Theme {
	return (THEMES as readonly string[]).includes(theme);
}

export const ENERGY_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type EnergyLevel = (typeof ENERGY_LEVELS)[number];
export const energyLevelSchema = z.enum(ENERGY_LEVELS);

export const SESSION_STATUSES = ['PLANNED', 'DONE', 'CANCELLED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const sessionStatusSchema = z.enum(SESSION_STATUSES);

/** What a person reads about a session: its stored status, and "in progress" once a leader started it. */
export const SESSION_PHASES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type SessionPhase = (typeof SESSION_PHASES)[number];
export function sessionPhase(session: {
	status: SessionStatus;
	startedAt: Date | string | null;
}): SessionPhase {
	return session.status === 'PLANNED' && session.startedAt ? 'IN_PROGRESS' : session.status;
}

export const PLAN_ITEM_KINDS = ['ACTIVITY', 'OPENING', 'WARM_UP', 'BREAK', 'CLOSING', 'FREE_TEXT'] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];
export const planItemKindSchema = z.enum(PLAN_ITEM_KINDS);

export const ATTENDANCE_STATUSES = ['PRESENT', 'LATE', 'LEFT_EARLY', 'ABSENT', 'EXCUSED'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const attendanceStatusSchema = z.enum(ATTENDANCE_STATUSES);

/** Why a member missed a session (缺席 or 请假): ill, a family matter, a schedule conflict, transport, not stated. */
export const ABSENCE_REASONS = ['ILL', 'FAMILY', 'SCHEDULE_CONFLICT', 'TRANSPORT', 'NOT_STATED'] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];
export const absenceReasonSchema = z.enum(ABSENCE_REASONS);

export const CONFLICT_TYPES = [
	'VERBAL_DISAGREEMENT',
	'EXCLUSION',
	'DOMINATING',
	'WITHDRAWAL',
	'RULE_BREAKING',
	'OTHER'
] as const;
export type ConflictType = (typeof CONFLICT_TYPES)[number];
export const conflictTypeSchema = z.enum(CONFLICT_TYPES);

export const INTERACTION_KINDS = [
	'SUPPORTS',
	'ASKS',
	'SHARES',
	'DISAGREES',
	'JOKES',
	'INTERRUPTS',
	'WITHDRAWS',
	'HELPS'
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];
export const interactionKindSchema = z.enum(INTERACTION_KINDS);

export const MEASURE_KINDS = ['GAS', 'GOAL_RATING', 'LONELINESS', 'SESSION_RATING', 'CUSTOM'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const measureKindSchema = z.enum(MEASURE_KINDS);

export const MEASURE_POINTS = ['BASELINE', 'SESSION', 'END'] as const;
export type MeasurePoint = (typeof MEASURE_POINTS)[number];
export const measurePointSchema = z.enum(MEASURE_POINTS);

/** Who entered a response: staff, or the member themselves (member mode on the tablet, or a one-time link). */
export const RESPONSE_SOURCES = ['STAFF', 'SELF_TABLET', 'SELF_LINK'] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];
export const responseSourceSchema = z.enum(RESPONSE_SOURCES);
export const isSelfReport = (source: ResponseSource) => source !== 'STAFF';

/** How a scale's reliability was estimated: a test–retest correlation, or internal consistency (Cronbach's α). */
export const RELIABILITY_KINDS = ['TEST_RETEST', 'INTERNAL_CONSISTENCY'] as const;
export type ReliabilityKind = (typeof RELIABILITY_KINDS)[number];
export const reliabilityKindSchema = z.enum(RELIABILITY_KINDS);

/** A leader's verdict on one group goal in the closing report (达成 / 部分达成 / 未达成). */
export const GOAL_VERDICTS = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'] as const;
export type GoalVerdict = (typeof GOAL_VERDICTS)[number];
export const goalVerdictSchema = z.enum(GOAL_VERDICTS);

/** Stored as a text array on Member (several scopes at once), not as a Prisma enum. */
export const CONSENT_SCOPES = ['PARTICIPATION', 'NOTES', 'MEASURES', 'PHOTOS'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export const consentScopeSchema = z.enum(CONSENT_SCOPES);

export const GENDERS = ['F', 'M', 'OTHER'] as const;
export type Gender = (typeof GENDERS)[number];

/** The kinds of entries a member's record gathers. */
export const RECORD_KINDS = ['ATTENDANCE', 'MEASURE', 'INTERACTION', 'OBSERVATION', 'CONFLICT'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * The suggested observation tags, stored as these keys in `Observation.tags` and shown in the reader's language.
 * A tag a person types that is none of these is kept as written.
 */
export const OBSERVATION_TAGS = [
	'PARTICIPATION',
	'EMOTIONS',
	'PEER_RELATIONS',
	'GROUP_CLIMATE',
	'PROGRESS'
] as const;
export type ObservationTag = (typeof OBSERVATION_TAGS)[number];
export function isObservationTag(tag: string): tag is ObservationTag {
	return (OBSERVATION_TAGS as readonly string[]).includes(tag);
}
