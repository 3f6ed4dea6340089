/**
 * Real names and contacts go to the leaders of a group the member is still enrolled in. A withdrawal ends that:
 * the leader keeps the group's past records about the member, under the member's pseudonymous code only.
 */
export function seesIdentity(
	leadsTheGroup: boolean,
	enrolment: { leftAt: Date | string | null } | undefined
) {
	return leadsTheGroup && enrolment !== undefined && enrolment.leftAt === null;
}
