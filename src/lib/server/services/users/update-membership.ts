import type { PrismaClient } from '../../db/generated/client';
import type { OrgRole } from '../../db/generated/enums';
import type { Viewer } from '../../../domain/viewer';
import { badRequest, notFound } from '../../errors';
import { recordAudit } from '../audit/record-audit';
import { announceRevocation } from '../../auth/session-revocation';

export interface UpdateMembershipOptions {
	organizationId: string;
	userId: string;
	role?: OrgRole;
	active?: boolean;
}

/**
 * Changes a user's role or deactivates them. The organization always keeps one active admin:
 * the check and the change run in one serializable transaction, so two admins demoting each other
 * at the same time cannot both succeed.
 */
export async function updateMembership(
	prisma: PrismaClient,
	viewer: Viewer,
	options: UpdateMembershipOptions
) {
	const updated = await prisma.$transaction(
		async (tx) => {
			const membership = await tx.membership.findUnique({
				where: { organizationId_userId: { organizationId: options.organizationId, userId: options.userId } }
			});
			if (!membership) throw notFound();
			const next = { role: options.role ?? membership.role, active: options.active ?? membership.active };
			const losesAdmin =
				membership.role === 'ADMIN' && membership.active && (next.role !== 'ADMIN' || !next.active);
			if (losesAdmin) {
				const otherAdmins = await tx.membership.count({
					where: {
						organizationId: options.organizationId,
						role: 'ADMIN',
						active: true,
						userId: { not: options.userId }
					}
				});
				if (otherAdmins === 0) throw badRequest('admin.lastAdmin');
			}
			const updated = await tx.membership.update({
				where: { id: membership.id },
				data: next,
				select: { role: true, active: true }
			});
			// A deactivated user is signed out everywhere.
			if (!next.active) await tx.authSession.deleteMany({ where: { userId: options.userId } });
			await recordAudit(tx, viewer, { action: 'UPDATE', entity: 'Membership', entityId: options.userId });
			return updated;
		},
		{ isolationLevel: 'Serializable' }
	);
	// A new role, or no access at all, from the next request on, on every instance.
	await announceRevocation(prisma, { userId: options.userId });
	return updated;
}
