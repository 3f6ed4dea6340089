import { nextMemberCode } from '../../../domain/member-import';
import { Prisma } from '../../db/generated/client';

type Db = Prisma.TransactionClient;

/** The highest number among the organization's `M-nnn` codes (0 when there is none), computed in SQL. */
export async function highestMemberNumber(db: Db, organizationId: string): Promise<number> {
	const rows = await db.$queryRaw<{ n: number | null }[]>`
		SELECT max(CAST(substring(code from 3) AS integer)) AS n
		FROM "Member"
		WHERE "organizationId" = ${organizationId} AND code ~ '^M-[0-9]{1,9}$'`;
	return Number(rows[0]?.n ?? 0);
}

export async function nextCodes(db: Db, organizationId: string, count: number): Promise<string[]> {
	const highest = await highestMemberNumber(db, organizationId);
	return Array.from({ length: count }, (_, i) => nextMemberCode(highest, i + 1));
}

const MAX_ATTEMPTS = 5;

/**
 * Runs `work` again when two people took the same new code at the same time: the unique index on
 * (organizationId, code) refuses the second, and the retry reads the new highest code.
 */
export async function withCodeRetry<T>(work: () => Promise<T>): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await work();
		} catch (error) {
			const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
			if (!duplicate || attempt >= MAX_ATTEMPTS) throw error;
		}
	}
}

/** Serialises enrolments into one group (capacity checks) for the rest of the transaction. */
export async function lockGroup(db: Db, groupId: string) {
	await db.$queryRaw`SELECT id FROM "Group" WHERE id = ${groupId} FOR UPDATE`;
}

export async function assertCapacity(db: Db, groupId: string, adding: number) {
	const [group, active] = await Promise.all([
		db.group.findUniqueOrThrow({ where: { id: groupId }, select: { capacity: true } }),
		db.enrollment.count({ where: { groupId, leftAt: null } })
	]);
	return { capacity: group.capacity, active, fits: active + adding <= group.capacity };
}
