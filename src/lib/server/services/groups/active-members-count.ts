/**
 * A group's members who have not left, as a relation count in a group select. With Prisma's relation joins it is
 * a count per group row (a LATERAL subquery using the enrollment index), not an aggregate over the whole table.
 */
export const activeMembersCount = {
	select: { enrollments: { where: { leftAt: null } } }
} as const;
