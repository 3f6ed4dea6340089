import type { Prisma } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { groupScope } from './group-scope';

/**
 * The members a viewer may enrol into a group they may change: members whose every group, past or present, the
 * viewer may already read. Admins (and supervisors) may enrol any member; a facilitator a member new to groups, or
 * one who only joined groups they lead. Enrolling another group's member would hand a facilitator that member's
 * real name and contact, so that takes an admin.
 */
export function enrollableMembers(viewer: Viewer): Prisma.MemberWhereInput {
	return { organizationId: viewer.organizationId, enrollments: { every: { group: groupScope(viewer) } } };
}

/** The member's enrolments that keep this viewer from enrolling them (see `enrollableMembers`). */
export function enrolmentsBarring(viewer: Viewer): Prisma.EnrollmentWhereInput {
	return { NOT: { group: groupScope(viewer) } };
}
