import { dateOnly } from '../../../domain/dates';
import type { MemberFields } from '../../schemas/members/members.types';

/** A member's fields as stored; the consent date is a date-only value. */
export function memberData(fields: MemberFields) {
	return {
		realName: fields.realName,
		birthYear: fields.birthYear,
		gender: fields.gender,
		contact: fields.contact,
		intakeNeeds: fields.intakeNeeds,
		needTags: fields.needTags,
		consentDate: dateOnly(fields.consentDate),
		consentScope: fields.consentScope
	};
}
