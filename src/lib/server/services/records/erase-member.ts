import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../db/generated/client';
import type { MemberAccess } from '../access/require-member-access';
import { badRequest, notFound } from '../../errors';
import { eraseFromDebriefs } from './erase-from-debriefs';
import type { Viewer } from '../../../domain/viewer';
import { recordAudit } from '../audit/record-audit';

/** What replaces the member's real name wherever someone typed it into a free-text field. */
const NAME_MASK = '***';

/**
 * Erasure on request (自决). Irreversible, in one transaction:
 * - personal fields are cleared and the code replaced by an anonymous ERASED-xxxxxxxx;
 * - text written about the member is removed: observations about them are deleted, the text of interaction notes
 *   they took part in and of conflicts they were involved in is emptied, their goal descriptions and attendance
 *   notes are cleared, and their real name is masked wherever it appears in the organization's free text;
 * - what groups count stays: attendance rows, interaction and conflict rows (without text) and measure scores
 *   (numbers only) remain, tied to the anonymous code, so attendance rates and outcome aggregates do not change;
 * - debriefs that ever held the name are rebuilt without it, history included (see eraseFromDebriefs);
 * - photos that show the member (tagged on them) are deleted, bytes and all.
 */
export async function eraseMember(
	prisma: PrismaClient,
	access: MemberAccess,
	confirmCode: string,
	erasedBy: Viewer
) {
	const memberId = access.memberId;
	const organizationId = access.organizationId;
	return prisma.$transaction(async (tx) => {
		const member = await tx.member.findFirst({
			where: { id: memberId, organizationId },
			select: { code: true, realName: true, erasedAt: true }
		});
		if (!member) throw notFound();
		if (member.erasedAt) throw badRequest('records.erased');
		if (confirmCode.trim() !== member.code) throw badRequest('records.erase.codeMismatch');
		const now = new Date();
		const code = `ERASED-${randomBytes(4).toString('hex').toUpperCase()}`;
		await tx.member.update({
			where: { id: memberId },
			data: {
				code,
				realName: null,
				birthYear: null,
				gender: null,
				contact: null,
				intakeNeeds: '',
				needTags: [],
				consentScope: [],
				consentWithdrawnAt: now,
				erasedAt: now,
				version: { increment: 1 }
			}
		});
		await tx.enrollment.updateMany({ where: { memberId }, data: { leaveReason: null } });
		await tx.attendance.updateMany({ where: { memberId }, data: { note: null } });
		await tx.interactionNote.updateMany({
			where: { OR: [{ fromMemberId: memberId }, { toMemberId: memberId }] },
			data: { note: '' }
		});
		await tx.observation.deleteMany({ where: { memberId } });
		await tx.sessionAttachment.deleteMany({ where: { organizationId, members: { some: { memberId } } } });
		await tx.conflictLog.updateMany({
			where: { organizationId, members: { some: { memberId } } },
			data: { description: '', handling: '' }
		});
		await tx.goalScale.updateMany({ where: { memberId }, data: { title: '', levels: [] } });

		const name = member.realName?.trim();
		// A one-character name would mask unrelated text; names are at least two characters in practice.
		if (name && name.length >= 2) {
			await tx.$executeRaw`UPDATE "Observation" SET note = replace(note, ${name}, ${NAME_MASK}) WHERE "organizationId" = ${organizationId} AND strpos(note, ${name}) > 0`;
			await tx.$executeRaw`UPDATE "InteractionNote" SET note = replace(note, ${name}, ${NAME_MASK}) WHERE "organizationId" = ${organizationId} AND strpos(note, ${name}) > 0`;
			await tx.$executeRaw`UPDATE "ConflictLog" SET description = replace(description, ${name}, ${NAME_MASK}), handling = replace(handling, ${name}, ${NAME_MASK}) WHERE "organizationId" = ${organizationId} AND (strpos(description, ${name}) > 0 OR strpos(handling, ${name}) > 0)`;
			await tx.$executeRaw`UPDATE "Attendance" SET note = replace(note, ${name}, ${NAME_MASK}) WHERE "organizationId" = ${organizationId} AND strpos(note, ${name}) > 0`;
			await tx.$executeRaw`UPDATE "Enrollment" SET "leaveReason" = replace("leaveReason", ${name}, ${NAME_MASK}) WHERE "organizationId" = ${organizationId} AND strpos("leaveReason", ${name}) > 0`;
			await tx.$executeRaw`UPDATE "SessionAttachment" SET caption = replace(caption, ${name}, ${NAME_MASK}) WHERE "organizationId" = ${organizationId} AND strpos(caption, ${name}) > 0`;
			await tx.$executeRaw`UPDATE "PlanItem" SET notes = replace(notes, ${name}, ${NAME_MASK}) WHERE "organizationId" = ${organizationId} AND strpos(notes, ${name}) > 0`;
			await tx.$executeRaw`UPDATE "Group" SET "closingSummary" = replace("closingSummary", ${name}, ${NAME_MASK}) WHERE "organizationId" = ${organizationId} AND strpos("closingSummary", ${name}) > 0`;
			// Each section's text is replaced as text: a replace over the JSON itself breaks it for a name holding `"` or `\`.
			await tx.$executeRaw`UPDATE "Debrief" SET sections = COALESCE((SELECT jsonb_object_agg(key, CASE WHEN jsonb_typeof(value) = 'string' THEN to_jsonb(replace(value #>> '{}', ${name}, ${NAME_MASK})) ELSE value END) FROM jsonb_each(sections)), sections) WHERE "organizationId" = ${organizationId} AND jsonb_typeof(sections) = 'object' AND EXISTS (SELECT 1 FROM jsonb_each_text(sections) WHERE strpos(value, ${name}) > 0)`;
			await tx.$executeRaw`UPDATE "DebriefComment" SET body = replace(body, ${name}, ${NAME_MASK}) WHERE strpos(body, ${name}) > 0 AND "debriefId" IN (SELECT id FROM "Debrief" WHERE "organizationId" = ${organizationId})`;
			await tx.$executeRaw`UPDATE "Addendum" SET text = replace(text, ${name}, ${NAME_MASK}) WHERE "organizationId" = ${organizationId} AND strpos(text, ${name}) > 0`;
			await tx.$executeRaw`UPDATE "ReviewComment" SET body = replace(body, ${name}, ${NAME_MASK}) WHERE "organizationId" = ${organizationId} AND strpos(body, ${name}) > 0`;
			await eraseFromDebriefs(tx, { organizationId, name, mask: NAME_MASK, userId: erasedBy.userId });
		}
		await recordAudit(tx, erasedBy, { action: 'ERASE', entity: 'Member', entityId: memberId, memberId });
		return { code, erasedAt: now };
	});
}
