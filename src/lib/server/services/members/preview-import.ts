import type { PrismaClient } from '../../db/generated/client';
import type { GroupAccess } from '../access/require-group-access';
import { assertCapacity } from './member-codes';
import { validateImport } from './validate-import';

/** What an import would do, without writing anything: the rows, every per-row error, and the room left. */
export async function previewImport(prisma: PrismaClient, access: GroupAccess, csv: string) {
	const result = await validateImport(prisma, access.organizationId, csv);
	const { capacity, active } = await assertCapacity(prisma, access.groupId, 0);
	return { ...result, capacityLeft: Math.max(0, capacity - active) };
}
