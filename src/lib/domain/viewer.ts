import type { OrgRole } from './vocabularies';

/** Who is acting: a signed-in person with an active membership of one organization. */
export interface Viewer {
	userId: string;
	name: string;
	email: string;
	organizationId: string;
	organizationName: string;
	/** The organization's IANA time zone: days, weeks and months are counted in it. */
	timeZone: string;
	role: OrgRole;
	/** The sign-in session the request came with; live streams check that it still exists (null: no browser session). */
	authSessionId?: string | null;
}
