import { Prisma, type PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { groupScope } from '../access/group-scope';
import { participationBalance, retention } from '../../../domain/outcomes';
import { ciFromSummary, share } from '../../../domain/report-figures';
import { summarizeChange } from '../../../domain/change';
import { rateOf } from '../../../domain/attendance';
import { measuresWithNorms } from '../measures/effective-norms';

export interface CompareFilter {
	themes: string[];
	facilitatorId: string | null;
	/** groups starting on or after this day */
	from: Date | null;
	/** groups starting before this instant */
	to: Date | null;
}

interface GroupSummaryRow {
	groupId: string;
	sessionsDone: number;
	minutesDone: number;
	attended: number;
	absent: number;
	enrolled: number;
	active: number;
	conflicts: number;
	conflictsResolved: number;
	initiated: number[];
}
interface ChangeSummaryRow {
	groupId: string;
	measureId: string;
	key: string | null;
	nameZh: string;
	nameEn: string;
	higherIsBetter: boolean;
	sd: number | null;
	reliability: number | null;
	x1: number[];
	x2: number[];
}

/** Rows one comparison shows; beyond it the page says so and asks for narrower filters. */
export const COMPARE_LIMIT = 500;

/**
 * The supervisor's comparison: the same figures for every selected group, side by side.
 * Reads the per-group summaries the database keeps with every write (GroupSummary, ChangeSummary; see
 * prisma/schema.prisma): a fixed number of queries (groups, summaries, change pairs), each O(groups shown),
 * never one per group nor a pass over the responses or the attendance. The change per group and measure is
 * `summarizeChange` of domain/change.ts over the members' stored (baseline, follow-up) pairs.
 */
export async function compareGroups(prisma: PrismaClient, viewer: Viewer, filter: CompareFilter) {
	const found = await prisma.group.findMany({
		where: {
			AND: [
				groupScope(viewer),
				filter.themes.length > 0 ? { theme: { in: filter.themes } } : {},
				filter.facilitatorId ? { leaders: { some: { userId: filter.facilitatorId } } } : {},
				filter.from ? { startDate: { gte: filter.from } } : {},
				filter.to ? { startDate: { lt: filter.to } } : {}
			]
		},
		orderBy: [{ startDate: 'desc' }, { name: 'asc' }],
		take: COMPARE_LIMIT + 1,
		select: {
			id: true,
			name: true,
			theme: true,
			status: true,
			startDate: true,
			plannedSessionCount: true,
			leaders: {
				orderBy: { role: 'asc' },
				select: { role: true, user: { select: { id: true, name: true } } }
			}
		}
	});
	const truncated = found.length > COMPARE_LIMIT;
	const groups = truncated ? found.slice(0, COMPARE_LIMIT) : found;
	const ids = groups.map((g) => g.id);
	if (ids.length === 0) return { groups: [], measures: [], truncated, limit: COMPARE_LIMIT };
	const org = viewer.organizationId;
	const inGroups = Prisma.join(ids);
	const [summaries, pairs] = await Promise.all([
		prisma.$queryRaw<GroupSummaryRow[]>`
			SELECT "groupId", "sessionsDone", "minutesDone", attended, absent, enrolled, active, conflicts,
				"conflictsResolved", initiated
			FROM "GroupSummary" WHERE "organizationId" = ${org} AND "groupId" IN (${inGroups})`,
		prisma.$queryRaw<ChangeSummaryRow[]>`
			SELECT c."groupId", c."measureId", m.key, m."nameZh", m."nameEn", m."higherIsBetter", m.sd, m.reliability,
				c.x1, c.x2
			FROM "ChangeSummary" c JOIN ${measuresWithNorms(org)} m ON m.id = c."measureId"
			WHERE c."organizationId" = ${org} AND c."groupId" IN (${inGroups})
			ORDER BY c."groupId", m."createdAt"`
	]);
	const change = pairs.flatMap((p) => {
		const summary = summarizeChange(
			p.x1.map((x1, i) => ({ x1, x2: p.x2[i] })),
			p
		);
		return summary ? [{ ...p, ...summary }] : [];
	});
	const byGroup = new Map(summaries.map((r) => [r.groupId, r]));
	const changeOf = new Map<string, typeof change>();
	for (const c of change) changeOf.set(c.groupId, [...(changeOf.get(c.groupId) ?? []), c]);

	const measures = new Map<
		string,
		{ measureId: string; key: string | null; nameZh: string; nameEn: string }
	>();
	for (const c of change)
		measures.set(c.measureId, { measureId: c.measureId, key: c.key, nameZh: c.nameZh, nameEn: c.nameEn });

	return {
		truncated,
		limit: COMPARE_LIMIT,
		groups: groups.map((g) => {
			const a = byGroup.get(g.id);
			return {
				id: g.id,
				name: g.name,
				theme: g.theme,
				status: g.status,
				startDate: g.startDate,
				plannedSessionCount: g.plannedSessionCount,
				leaders: g.leaders.map((l) => ({ role: l.role, userId: l.user.id, name: l.user.name })),
				sessionsDone: a?.sessionsDone ?? 0,
				serviceHours: (a?.minutesDone ?? 0) / 60,
				attendanceRate: rateOf(a?.attended ?? 0, a?.absent ?? 0),
				enrolled: a?.enrolled ?? 0,
				retention: retention(a?.enrolled ?? 0, a?.active ?? 0),
				conflicts: a?.conflicts ?? 0,
				conflictsResolved: a?.conflictsResolved ?? 0,
				participationBalance: participationBalance(a?.initiated ?? []),
				measures: Object.fromEntries(
					(changeOf.get(g.id) ?? []).map((m) => [
						m.measureId,
						{
							change: ciFromSummary(m.n, m.mean, m.sd),
							classified: m.classified,
							improved: m.improved,
							shareImproved: share(m.improved, m.classified)
						}
					])
				)
			};
		}),
		measures: [...measures.values()]
	};
}

export type Comparison = Awaited<ReturnType<typeof compareGroups>>;
