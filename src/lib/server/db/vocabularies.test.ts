import { describe, expect, it } from 'vitest';
import * as vocabularies from '../../domain/vocabularies';
import * as review from '../../domain/review';
import * as prismaEnums from './generated/enums';
import { ATTACHMENT_KINDS } from '../../domain/attachments';

// Each Prisma enum and the domain list it is validated against, in the schema's order (the order the UI lists them).
const pairs = [
	['OrgRole', vocabularies.ORG_ROLES],
	['LeaderRole', vocabularies.LEADER_ROLES],
	['GroupStatus', vocabularies.GROUP_STATUSES],
	['Stage', vocabularies.STAGES],
	['EnergyLevel', vocabularies.ENERGY_LEVELS],
	['SessionStatus', vocabularies.SESSION_STATUSES],
	['PlanItemKind', vocabularies.PLAN_ITEM_KINDS],
	['AttendanceStatus', vocabularies.ATTENDANCE_STATUSES],
	['AbsenceReason', vocabularies.ABSENCE_REASONS],
	['ConflictType', vocabularies.CONFLICT_TYPES],
	['InteractionKind', vocabularies.INTERACTION_KINDS],
	['MeasureKind', vocabularies.MEASURE_KINDS],
	['MeasurePoint', vocabularies.MEASURE_POINTS],
	['ReliabilityKind', vocabularies.RELIABILITY_KINDS],
	['AttachmentKind', ATTACHMENT_KINDS],
	['GoalVerdict', vocabularies.GOAL_VERDICTS],
	['ReviewStatus', review.REVIEW_STATUSES],
	['AddendumKind', review.ADDENDUM_KINDS],
	['ResponseSource', vocabularies.RESPONSE_SOURCES]
] as const;

describe('domain vocabularies and the database enums', () => {
	it.each(pairs)('the domain list of %s has exactly the values of the Prisma enum', (name, list) => {
		expect([...list]).toEqual(Object.values(prismaEnums[name]));
	});

	it('covers every enum of the schema', () => {
		const enums = Object.keys(prismaEnums).filter(
			(k) => typeof prismaEnums[k as keyof typeof prismaEnums] === 'object'
		);
		expect(enums.sort()).toEqual(pairs.map(([name]) => name).sort());
	});
});
