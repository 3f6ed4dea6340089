// A large organization for benchmarks, written with bulk INSERT ... SELECT FROM unnest($1::text[], ...):
// one statement per chunk of rows and one parameter per column, so scale 10 (600,000 attendance rows)
// takes seconds on PostgreSQL and PGlite alike.
import { randomUUID } from 'node:crypto';
import { BUILT_IN_ACTIVITIES } from '../../src/lib/domain/activity-library';
import type { PrismaClient } from '../../src/lib/server/db/generated/client';
import { createUser } from '../../src/lib/server/services/users/create-user';

export const BENCH_PASSWORD = 'bench12345';
export const BENCH_DOMAIN = 'bench.example';
export const benchEmail = (who: string) => `${who}@${BENCH_DOMAIN}`;

/** Per scale 1; every count is multiplied by the scale, except what one facilitator leads. */
export const PER_SCALE = {
	groups: 200,
	membersPerGroup: 15,
	sessionsPerGroup: 20,
	facilitators: 100,
	interactionNotesPerDoneSession: 5,
	observationsPerGroup: 5,
	planItemsPerSession: 5
};

const CHUNK = 20_000;

type Column = { name: string; type: string };
type Value = string | number | boolean | null;

function arrayLiteral(values: Value[]) {
	const items = values.map((v) =>
		v === null ? 'NULL' : `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
	);
	return `{${items.join(',')}}`;
}

/** Inserts rows (given column by column) in chunks; `constants` are SQL expressions used for every row. */
export async function insertColumns(
	prisma: PrismaClient,
	table: string,
	columns: Column[],
	values: Value[][],
	constants: Record<string, string> = {}
) {
	const rowCount = values[0]?.length ?? 0;
	const names = [...columns.map((c) => c.name), ...Object.keys(constants)].map((n) => `"${n}"`).join(', ');
	const selects = [...columns.map((_, i) => `c${i}`), ...Object.values(constants)].join(', ');
	// Each column travels as one array literal in text (both drivers pass text through unchanged).
	const unnest = columns.map((c, i) => `($${i + 1}::text)::${c.type}[]`).join(', ');
	const aliases = columns.map((_, i) => `c${i}`).join(', ');
	const sql = `INSERT INTO "${table}" (${names}) SELECT ${selects} FROM unnest(${unnest}) AS t(${aliases})`;
	for (let start = 0; start < rowCount; start += CHUNK) {
		await prisma.$executeRawUnsafe(
			sql,
			...values.map((column) => arrayLiteral(column.slice(start, start + CHUNK)))
		);
	}
	return rowCount;
}

/** Deterministic pseudo-random numbers. */
function prng(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

export interface LargeOrg {
	organizationId: string;
	scale: number;
	counts: Record<string, number>;
	/** Users who can sign in with BENCH_PASSWORD. */
	signIn: { admin: string; supervisor: string; facilitators: string[] };
	ids: {
		admin: string;
		supervisor: string;
		/** The first facilitator; leads groups[0] and groups[1]. */
		facilitator: string;
		groupId: string;
		/** Today's session of groupId (its plan is loaded and changed by the benchmark). */
		sessionId: string;
		memberId: string;
	};
}

/** Adds one large organization to a migrated database that already has the built-in library. */
export async function seedLargeOrganization(
	prisma: PrismaClient,
	scale: number,
	now = new Date()
): Promise<LargeOrg> {
	const random = prng(20261125 + scale);
	const p = `s${scale}${randomUUID().slice(0, 6)}`;
	const counts: Record<string, number> = {};
	const org = await prisma.organization.create({
		data: { name: `基准测试机构 ×${scale}`, timeZone: 'Asia/Shanghai' }
	});
	const organizationId = org.id;

	// People: an admin, a supervisor and a few facilitators who can sign in; the other facilitators exist
	// (they lead groups) without a password.
	const tag = scale === 1 ? '' : `-s${scale}`;
	const admin = await createUser(prisma, {
		organizationId,
		name: '基准管理员',
		email: benchEmail(`admin${tag}`),
		password: BENCH_PASSWORD,
		role: 'ADMIN'
	});
	const supervisor = await createUser(prisma, {
		organizationId,
		name: '基准督导',
		email: benchEmail(`supervisor${tag}`),
		password: BENCH_PASSWORD,
		role: 'SUPERVISOR'
	});
	const facilitatorCount = PER_SCALE.facilitators * scale;
	const facilitators: string[] = [];
	const signInFacilitators: string[] = [];
	for (let i = 0; i < 5; i++) {
		const email = benchEmail(`f${String(i + 1).padStart(3, '0')}${tag}`);
		const user = await createUser(prisma, {
			organizationId,
			name: `社工${i + 1}`,
			email,
			password: BENCH_PASSWORD,
			role: 'FACILITATOR'
		});
		facilitators.push(user.id);
		signInFacilitators.push(email);
	}
	const extra = Array.from({ length: facilitatorCount - 5 }, (_, i) => `${p}-u${i + 6}`);
	const nowIso = iso(now.getTime());
	await insertColumns(
		prisma,
		'user',
		[
			{ name: 'id', type: 'text' },
			{ name: 'name', type: 'text' },
			{ name: 'email', type: 'text' },
			// better-auth's unique key: the address itself, each bench user's only account (create-user.ts).
			{ name: 'authKey', type: 'text' }
		],
		[
			extra,
			extra.map((_, i) => `社工${i + 6}`),
			extra.map((id) => `${id}@${BENCH_DOMAIN}`),
			extra.map((id) => `${id}@${BENCH_DOMAIN}`)
		],
		{ emailVerified: 'true', createdAt: `'${nowIso}'::timestamp`, updatedAt: `'${nowIso}'::timestamp` }
	);
	await insertColumns(
		prisma,
		'Membership',
		[
			{ name: 'id', type: 'text' },
			{ name: 'userId', type: 'text' }
		],
		[extra.map((id) => `${id}-m`), extra],
		{ organizationId: `'${organizationId}'`, role: `'FACILITATOR'::"OrgRole"` }
	);
	facilitators.push(...extra);
	counts.facilitators = facilitators.length;

	// Groups: each facilitator leads two groups and co-leads two others, whatever the scale.
	const groupCount = PER_SCALE.groups * scale;
	const groupIds = Array.from({ length: groupCount }, (_, g) => `${p}-g${g}`);
	const themes = ['TEEN_EMOTION', 'ELDER_SOCIAL', 'PARENTING', 'CAREGIVER_SUPPORT', 'SOCIAL_SKILLS'];
	const sessionsPerGroup = PER_SCALE.sessionsPerGroup;
	// Session k (0-based) of group g happens (k - doneCount(g)) weeks from today; the first facilitator's
	// groups have a session today.
	const doneOf = (g: number) => (g % 4 === 0 ? sessionsPerGroup : 18 + (g % 3));
	const statusOf = (g: number) => (g % 4 === 0 && g > 1 ? 'CLOSED' : 'RUNNING');
	const startOf = (g: number) => now.getTime() - doneOf(g) * 7 * DAY - (g % 5) * 3_600_000;
	await insertColumns(
		prisma,
		'Group',
		[
			{ name: 'id', type: 'text' },
			{ name: 'name', type: 'text' },
			{ name: 'theme', type: 'text' },
			{ name: 'startDate', type: 'date' },
			{ name: 'status', type: '"GroupStatus"' }
		],
		[
			groupIds,
			groupIds.map((_, g) => `小组 ${g + 1}`),
			groupIds.map((_, g) => themes[g % themes.length]),
			groupIds.map((_, g) => iso(startOf(g))),
			groupIds.map((_, g) => statusOf(g))
		],
		{
			organizationId: `'${organizationId}'`,
			goals: `ARRAY['增进沟通','建立支持网络']`,
			plannedSessionCount: String(sessionsPerGroup),
			capacity: '16',
			updatedAt: `'${nowIso}'::timestamp`
		}
	);
	counts.groups = groupCount;
	const leaderOf = (g: number) => facilitators[Math.floor(g / 2) % facilitators.length];
	const coLeaderOf = (g: number) => facilitators[(Math.floor(g / 2) + 1) % facilitators.length];
	await insertColumns(
		prisma,
		'GroupLeader',
		[
			{ name: 'id', type: 'text' },
			{ name: 'groupId', type: 'text' },
			{ name: 'userId', type: 'text' },
			{ name: 'role', type: '"LeaderRole"' }
		],
		[
			groupIds.flatMap((id) => [`${id}-l1`, `${id}-l2`]),
			groupIds.flatMap((id) => [id, id]),
			groupIds.flatMap((_, g) => [leaderOf(g), coLeaderOf(g)]),
			groupIds.flatMap(() => ['LEAD', 'CO_LEADER'])
		],
		{ organizationId: `'${organizationId}'` }
	);

	// Members: one group each.
	const perGroup = PER_SCALE.membersPerGroup;
	const memberIds = Array.from({ length: groupCount * perGroup }, (_, m) => `${p}-m${m}`);
	const groupOfMember = (m: number) => Math.floor(m / perGroup);
	await insertColumns(
		prisma,
		'Member',
		[
			{ name: 'id', type: 'text' },
			{ name: 'code', type: 'text' },
			{ name: 'realName', type: 'text' },
			{ name: 'birthYear', type: 'int' }
		],
		[
			memberIds,
			memberIds.map((_, m) => `B${scale}-${String(m + 1).padStart(6, '0')}`),
			memberIds.map((_, m) => (m % 3 === 2 ? null : `组员${m + 1}`)),
			memberIds.map((_, m) => 1940 + (m % 70))
		],
		{
			organizationId: `'${organizationId}'`,
			intakeNeeds: `'希望多认识朋友'`,
			needTags: `ARRAY['社交']`,
			consentScope: `ARRAY['PARTICIPATION','NOTES','MEASURES']`,
			consentDate: `'${iso(now.getTime() - 200 * DAY)}'::date`,
			updatedAt: `'${nowIso}'::timestamp`
		}
	);
	counts.members = memberIds.length;
	await insertColumns(
		prisma,
		'Enrollment',
		[
			{ name: 'id', type: 'text' },
			{ name: 'groupId', type: 'text' },
			{ name: 'memberId', type: 'text' },
			{ name: 'joinedAt', type: 'timestamp' }
		],
		[
			memberIds.map((id) => `${id}-e`),
			memberIds.map((_, m) => groupIds[groupOfMember(m)]),
			memberIds,
			memberIds.map((_, m) => iso(startOf(groupOfMember(m)) - 7 * DAY))
		],
		{ organizationId: `'${organizationId}'` }
	);

	// Sessions and their plans.
	const stages = (k: number) =>
		k === 0 ? 'BEGINNING' : k < 4 ? 'BEGINNING' : k < 14 ? 'WORKING' : k < 18 ? 'CONSOLIDATING' : 'ENDING';
	const sessionIds: string[] = [];
	const sessionGroup: number[] = [];
	const sessionNumber: number[] = [];
	for (let g = 0; g < groupCount; g++)
		for (let k = 0; k < sessionsPerGroup; k++) {
			sessionIds.push(`${p}-g${g}-s${k + 1}`);
			sessionGroup.push(g);
			sessionNumber.push(k + 1);
		}
	const sessionAt = (i: number) => startOf(sessionGroup[i]) + (sessionNumber[i] - 1) * 7 * DAY;
	const isDone = (i: number) => sessionNumber[i] <= doneOf(sessionGroup[i]);
	await insertColumns(
		prisma,
		'Session',
		[
			{ name: 'id', type: 'text' },
			{ name: 'groupId', type: 'text' },
			{ name: 'number', type: 'int' },
			{ name: 'title', type: 'text' },
			{ name: 'stage', type: '"Stage"' },
			{ name: 'scheduledAt', type: 'timestamp' },
			{ name: 'status', type: '"SessionStatus"' }
		],
		[
			sessionIds,
			sessionGroup.map((g) => groupIds[g]),
			sessionNumber,
			sessionNumber.map((n) => `第${n}节`),
			sessionNumber.map((n) => stages(n - 1)),
			sessionIds.map((_, i) => iso(sessionAt(i))),
			sessionIds.map((_, i) => (isDone(i) ? 'DONE' : 'PLANNED'))
		],
		{ organizationId: `'${organizationId}'`, plannedMinutes: '90', updatedAt: `'${nowIso}'::timestamp` }
	);
	counts.sessions = sessionIds.length;

	const activityIds = (
		await prisma.activity.findMany({
			where: { key: { in: BUILT_IN_ACTIVITIES.map((a) => a.key) } },
			select: { id: true },
			orderBy: { key: 'asc' }
		})
	).map((a) => a.id);
	const items = PER_SCALE.planItemsPerSession;
	const planSession = sessionIds.flatMap((id) => Array.from({ length: items }, () => id));
	await insertColumns(
		prisma,
		'PlanItem',
		[
			{ name: 'id', type: 'text' },
			{ name: 'sessionId', type: 'text' },
			{ name: 'position', type: 'int' },
			{ name: 'kind', type: '"PlanItemKind"' },
			{ name: 'activityId', type: 'text' },
			{ name: 'minutes', type: 'int' }
		],
		[
			planSession.map((id, i) => `${id}-p${i % items}`),
			planSession,
			planSession.map((_, i) => i % items),
			planSession.map((_, i) =>
				i % items === 0 ? 'OPENING' : i % items === items - 1 ? 'CLOSING' : 'ACTIVITY'
			),
			planSession.map((_, i) =>
				i % items === 0 || i % items === items - 1
					? null
					: activityIds.length
						? activityIds[Math.floor(random() * activityIds.length)]
						: null
			),
			planSession.map((_, i) => (i % items === 0 ? 5 : i % items === items - 1 ? 10 : 25))
		],
		{ organizationId: `'${organizationId}'` }
	);
	counts.planItems = planSession.length;

	// Attendance for every session run.
	const attSession: string[] = [];
	const attMember: string[] = [];
	const attStatus: string[] = [];
	const attLate: (number | null)[] = [];
	const attBy: string[] = [];
	for (let i = 0; i < sessionIds.length; i++) {
		if (!isDone(i)) continue;
		const g = sessionGroup[i];
		for (let k = 0; k < perGroup; k++) {
			const roll = random();
			const status = roll < 0.78 ? 'PRESENT' : roll < 0.88 ? 'LATE' : roll < 0.95 ? 'EXCUSED' : 'ABSENT';
			attSession.push(sessionIds[i]);
			attMember.push(memberIds[g * perGroup + k]);
			attStatus.push(status);
			attLate.push(status === 'LATE' ? 5 + Math.floor(random() * 15) : null);
			attBy.push(leaderOf(g));
		}
	}
	await insertColumns(
		prisma,
		'Attendance',
		[
			{ name: 'id', type: 'text' },
			{ name: 'sessionId', type: 'text' },
			{ name: 'memberId', type: 'text' },
			{ name: 'status', type: '"AttendanceStatus"' },
			{ name: 'minutesLate', type: 'int' },
			{ name: 'recordedById', type: 'text' }
		],
		[attSession.map((s, i) => `${s}-a${i}`), attSession, attMember, attStatus, attLate, attBy],
		{ organizationId: `'${organizationId}'`, updatedAt: `'${nowIso}'::timestamp` }
	);
	counts.attendance = attSession.length;

	// Notes: interaction notes in every session run, and observations.
	const kinds = ['SUPPORTS', 'ASKS', 'SHARES', 'JOKES', 'DISAGREES', 'HELPS', 'INTERRUPTS', 'WITHDRAWS'];
	const note = { id: [] as string[], group: [] as string[], session: [] as string[], from: [] as string[] };
	const noteTo: (string | null)[] = [];
	const noteKind: string[] = [];
	const noteBy: string[] = [];
	const noteAt: string[] = [];
	const notesPerSession = PER_SCALE.interactionNotesPerDoneSession;
	for (let i = 0; i < sessionIds.length; i++) {
		if (!isDone(i)) continue;
		const g = sessionGroup[i];
		for (let k = 0; k < notesPerSession; k++) {
			const from = Math.floor(random() * perGroup);
			const to = k % 4 === 0 ? null : (from + 1 + Math.floor(random() * (perGroup - 1))) % perGroup;
			note.id.push(`${sessionIds[i]}-n${k}`);
			note.group.push(groupIds[g]);
			note.session.push(sessionIds[i]);
			note.from.push(memberIds[g * perGroup + from]);
			noteTo.push(to === null ? null : memberIds[g * perGroup + to]);
			noteKind.push(kinds[(k + i) % kinds.length]);
			noteBy.push(leaderOf(g));
			noteAt.push(iso(sessionAt(i) + 30 * 60_000));
		}
	}
	await insertColumns(
		prisma,
		'InteractionNote',
		[
			{ name: 'id', type: 'text' },
			{ name: 'groupId', type: 'text' },
			{ name: 'sessionId', type: 'text' },
			{ name: 'fromMemberId', type: 'text' },
			{ name: 'toMemberId', type: 'text' },
			{ name: 'kind', type: '"InteractionKind"' },
			{ name: 'createdById', type: 'text' },
			{ name: 'createdAt', type: 'timestamp' }
		],
		[note.id, note.group, note.session, note.from, noteTo, noteKind, noteBy, noteAt],
		{ organizationId: `'${organizationId}'`, note: `''` }
	);
	const observationIds: string[] = [];
	const obsSession: string[] = [];
	const obsGroup: string[] = [];
	const obsMember: (string | null)[] = [];
	for (let g = 0; g < groupCount; g++)
		for (let k = 0; k < PER_SCALE.observationsPerGroup; k++) {
			const n = (k % doneOf(g)) + 1;
			observationIds.push(`${groupIds[g]}-o${k}`);
			obsSession.push(`${groupIds[g]}-s${n}`);
			obsGroup.push(groupIds[g]);
			obsMember.push(k % 5 === 0 ? null : memberIds[g * perGroup + (k % perGroup)]);
		}
	await insertColumns(
		prisma,
		'Observation',
		[
			{ name: 'id', type: 'text' },
			{ name: 'sessionId', type: 'text' },
			{ name: 'groupId', type: 'text' },
			{ name: 'memberId', type: 'text' }
		],
		[observationIds, obsSession, obsGroup, obsMember],
		{
			organizationId: `'${organizationId}'`,
			note: `'组员本节参与积极，主动分享。'`,
			tags: `ARRAY['参与度']`,
			createdById: `'${facilitators[0]}'`
		}
	);
	counts.notes = note.id.length + observationIds.length;

	// Measures: a goal rating at baseline, after sessions 2, 4, ..., 16 and at the end (10 per member), and a
	// loneliness scale before and after for a fifth of the members.
	const measures = new Map(
		(await prisma.measure.findMany({ where: { key: { not: null } }, select: { id: true, key: true } })).map(
			(m) => [m.key as string, m.id]
		)
	);
	const rating = measures.get('goal-rating');
	if (rating) {
		const r = {
			id: [] as string[],
			group: [] as string[],
			member: [] as string[],
			session: [] as (string | null)[],
			point: [] as string[],
			at: [] as string[],
			score: [] as number[],
			by: [] as string[]
		};
		for (let m = 0; m < memberIds.length; m++) {
			const g = groupOfMember(m);
			const base = 3 + Math.floor(random() * 3);
			const gain = m % 11 === 0 ? -0.1 : 0.15 + random() * 0.2;
			for (let step = 0; step < 10; step++) {
				const n = step === 0 ? null : step === 9 ? sessionsPerGroup : step * 2;
				const point = step === 0 ? 'BASELINE' : step === 9 ? 'END' : 'SESSION';
				r.id.push(`${memberIds[m]}-r${step}`);
				r.group.push(groupIds[g]);
				r.member.push(memberIds[m]);
				r.session.push(n === null ? null : `${groupIds[g]}-s${n}`);
				r.point.push(point);
				r.at.push(iso(startOf(g) + (n === null ? -DAY : (n - 1) * 7 * DAY)));
				r.score.push(Math.max(0, Math.min(10, Math.round(base + gain * (n ?? 0)))));
				r.by.push(leaderOf(g));
			}
		}
		await insertColumns(
			prisma,
			'MeasureResponse',
			[
				{ name: 'id', type: 'text' },
				{ name: 'groupId', type: 'text' },
				{ name: 'memberId', type: 'text' },
				{ name: 'sessionId', type: 'text' },
				{ name: 'point', type: '"MeasurePoint"' },
				{ name: 'takenAt', type: 'timestamp' },
				{ name: 'score', type: 'float8' },
				{ name: 'createdById', type: 'text' }
			],
			[r.id, r.group, r.member, r.session, r.point, r.at, r.score, r.by],
			{
				organizationId: `'${organizationId}'`,
				measureId: `'${rating}'`,
				itemScores: `ARRAY[c6::int]`
			}
		);
		counts.measureResponses = r.id.length;
	}

	// One open conflict per group.
	await insertColumns(
		prisma,
		'ConflictLog',
		[
			{ name: 'id', type: 'text' },
			{ name: 'groupId', type: 'text' },
			{ name: 'sessionId', type: 'text' },
			{ name: 'createdById', type: 'text' },
			{ name: 'followUpAt', type: 'date' }
		],
		[
			groupIds.map((id) => `${id}-c`),
			groupIds,
			groupIds.map((id) => `${id}-s2`),
			groupIds.map((_, g) => leaderOf(g)),
			groupIds.map((_, g) => iso(now.getTime() + ((g % 7) - 2) * DAY))
		],
		{
			organizationId: `'${organizationId}'`,
			type: `'VERBAL_DISAGREEMENT'::"ConflictType"`,
			severity: '2',
			description: `'讨论时两位组员意见不合。'`,
			updatedAt: `'${nowIso}'::timestamp`
		}
	);
	await insertColumns(
		prisma,
		'ConflictMember',
		[
			{ name: 'conflictId', type: 'text' },
			{ name: 'memberId', type: 'text' }
		],
		[
			groupIds.flatMap((id) => [`${id}-c`, `${id}-c`]),
			groupIds.flatMap((_, g) => [memberIds[g * perGroup], memberIds[g * perGroup + 1]])
		]
	);
	counts.conflicts = groupCount;

	await prisma.$executeRawUnsafe('ANALYZE');
	// groups[0] is g % 4 === 0: all sessions done; groups[1] has its next session today.
	const groupId = groupIds[1];
	const today = `${groupId}-s${doneOf(1) + 1}`;
	return {
		organizationId,
		scale,
		counts,
		signIn: {
			admin: benchEmail(`admin${tag}`),
			supervisor: benchEmail(`supervisor${tag}`),
			facilitators: signInFacilitators
		},
		ids: {
			admin: admin.id,
			supervisor: supervisor.id,
			facilitator: facilitators[0],
			groupId,
			sessionId: today,
			memberId: memberIds[perGroup]
		}
	};
}
