import type { Prisma } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { groupRuleWhere, type GroupAccessMode } from './group-access-rule';

/** The groups a viewer may see (or change, in write mode): the group rule as a Prisma filter. */
export function groupScope(viewer: Viewer, mode: GroupAccessMode = 'read'): Prisma.GroupWhereInput {
	return groupRuleWhere(viewer, mode);
}

/** Sessions of the groups the viewer may see. */
export function sessionScope(viewer: Viewer): Prisma.SessionWhereInput {
	return { organizationId: viewer.organizationId, group: groupScope(viewer) };
}
