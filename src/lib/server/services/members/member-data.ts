import { zonedDateTime } from '../../../domain/dates';
import type { MemberFields } from '../../routers/members/members.types';

/** A member's fields as stored; the consent date is the start of that day in the organization's zone. */
export function memberData(fields: MemberFields, timeZone: string) {
	return {
		realName: fields.realName,
		birthYear: fields.birthYear,
		gender: fields.gender,
		contact: fields.contact,
		intakeNeeds: fields.intakeNeeds,
		needTags: fields.needTags,
		consentDate: zonedDateTime(fields.consentDate, '00:00', timeZone),
		consentScope: fields.consentScope
	};
}
