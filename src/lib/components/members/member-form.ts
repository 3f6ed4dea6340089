import type { ConsentScope, Gender } from '$lib/domain/member-import';

/** The member form's values as typed (tags as one text, numbers possibly empty). */
export interface MemberFormValues {
	realName: string;
	birthYear: number | null;
	gender: Gender | null;
	contact: string;
	intakeNeeds: string;
	needTags: string;
	consentDate: string;
	consentScope: ConsentScope[];
}

/** The values the server takes; an empty birth year is sent as 0 so that the field gets its own message. */
export function memberInput(values: MemberFormValues) {
	return {
		realName: values.realName.trim() || null,
		birthYear: values.birthYear ?? 0,
		gender: values.gender,
		contact: values.contact.trim() || null,
		intakeNeeds: values.intakeNeeds,
		needTags: values.needTags
			.split(/[,，、;；]/)
			.map((t) => t.trim())
			.filter(Boolean),
		consentDate: values.consentDate,
		consentScope: values.consentScope
	};
}
