import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';

/** What a list of a session's photos shows (never the bytes: those are read one by one, audited). */
export const photoSummarySelect = {
	id: true,
	kind: true,
	mime: true,
	byteSize: true,
	width: true,
	height: true,
	caption: true,
	createdById: true,
	createdAt: true,
	members: { select: { member: { select: { id: true, code: true } } }, orderBy: { member: { code: 'asc' } } }
} as const;

interface PhotoRow {
	id: string;
	kind: 'SIGN_IN_SHEET' | 'ACTIVITY';
	mime: string;
	byteSize: number;
	width: number | null;
	height: number | null;
	caption: string;
	createdById: string;
	createdAt: Date;
	members: { member: { id: string; code: string } }[];
}

/** Who may delete a photo: its author, or the group's lead, while they may change the group. */
export function mayDeletePhoto(photo: { createdById: string }, viewer: Viewer, access: GroupAccess) {
	return access.canWrite && (photo.createdById === viewer.userId || access.leaderRole === 'LEAD');
}

export function toPhotoSummary(photo: PhotoRow, viewer: Viewer, access: GroupAccess) {
	const { members, createdById, ...rest } = photo;
	return {
		...rest,
		members: members.map((m) => m.member),
		byMe: createdById === viewer.userId,
		canDelete: mayDeletePhoto(photo, viewer, access)
	};
}
