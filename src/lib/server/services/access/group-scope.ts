import type { Prisma } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';

/** The groups a viewer may see: all of the organization for admins and supervisors, led ones for facilitators. */
export function groupScope(viewer: Viewer): Prisma.GroupWhereInput {
	return viewer.role === 'FACILITATOR'
		? { organizationId: viewer.organizationId, leaders: { some: { userId: viewer.userId } } }
		: { organizationId: viewer.organizationId };
}

/** Sessions of the groups the viewer may see. */
export function sessionScope(viewer: Viewer): Prisma.SessionWhereInput {
	return viewer.role === 'FACILITATOR'
		? { organizationId: viewer.organizationId, group: { leaders: { some: { userId: viewer.userId } } } }
		: { organizationId: viewer.organizationId };
}
