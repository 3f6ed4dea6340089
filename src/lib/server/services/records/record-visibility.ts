import type { Prisma } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { groupScope } from '../access/group-scope';
import type { RecordFilters } from '../../schemas/records/records.types';

/**
 * The groups whose notes, attendance and scores the viewer may read in a member's record: the groups they lead,
 * or every group of the organization for supervisors and admins (the same rule as reading a group), narrowed to
 * one group when the record is filtered.
 */
export function readableGroups(viewer: Viewer, filters: RecordFilters): Prisma.GroupWhereInput {
	return { ...groupScope(viewer), ...(filters.groupId ? { id: filters.groupId } : {}) };
}

export function dateRange(filters: RecordFilters): Prisma.DateTimeFilter | undefined {
	if (!filters.from && !filters.to) return undefined;
	return { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lte: filters.to } : {}) };
}
