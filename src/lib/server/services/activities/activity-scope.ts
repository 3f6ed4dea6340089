import { Prisma } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';

/** Activities a viewer may see and plan with: the built-in library and their organization's own. */
export function activityScope(viewer: Viewer): Prisma.ActivityWhereInput {
	return { OR: [{ organizationId: null }, { organizationId: viewer.organizationId }] };
}

/** The same scope in hand-written SQL, for the activity row named `alias`. */
export function activityScopeSql(viewer: Viewer, alias: string): Prisma.Sql {
	const table = Prisma.raw(`"${alias.replace(/"/g, '')}"`);
	return Prisma.sql`(${table}."organizationId" IS NULL OR ${table}."organizationId" = ${viewer.organizationId})`;
}

/** What the library list and the planner show of an activity (the detail view loads the rest). */
export const activitySummarySelect = {
	id: true,
	key: true,
	organizationId: true,
	titleZh: true,
	titleEn: true,
	purposeZh: true,
	purposeEn: true,
	stages: true,
	themes: true,
	minMinutes: true,
	maxMinutes: true,
	defaultMinutes: true,
	minGroupSize: true,
	maxGroupSize: true,
	needsMaterials: true,
	energy: true
} satisfies Prisma.ActivitySelect;
