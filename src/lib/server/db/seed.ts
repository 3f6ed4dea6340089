import { BUILT_IN_ACTIVITIES } from '../../domain/activity-library';
import { addDays, dateOnly, localDate, startOfDayInZone } from '../../domain/dates';
import type { Theme } from '../../domain/activity-library';
import { ABSENCE_REASONS } from '../../domain/vocabularies';
import { templateFor } from '../../domain/group-templates';
import { planSessionsFromTemplate } from '../../domain/template-plans';
import { createUser } from '../services/users/create-user';
import { upsertBuiltInActivities } from './seed-activities';
import { upsertBuiltInMeasures } from './seed-measure-catalog';
import { seedGasGoals } from './seed-measures';
import { seedDebriefs } from './seed-debriefs';
import type { PrismaClient } from './generated/client';
import type { AttendanceStatus, InteractionKind } from './generated/enums';

export const DEMO_PASSWORD = 'demo12345';
export const DEMO_USERS = {
	admin: { email: 'admin@demo.org', name: '王主任', role: 'ADMIN' },
	supervisor: { email: 'supervisor@demo.org', name: '李督导', role: 'SUPERVISOR' },
	facilitator: { email: 'facilitator@demo.org', name: '张社工', role: 'FACILITATOR' },
	coleader: { email: 'coleader@demo.org', name: '陈社工', role: 'FACILITATOR' }
} as const;
export const OTHER_ORG_ADMIN = { email: 'admin@other.org', name: 'Alex Other', role: 'ADMIN' } as const;

/** Deterministic pseudo-random numbers, so that the demo looks the same on every machine. */
function prng(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/** Built-in activities (brought up to date with the library data) and measures, shared by every organization; safe to run again. */
export async function seedLibrary(prisma: PrismaClient) {
	await upsertBuiltInActivities(prisma);
	await upsertBuiltInMeasures(prisma);
}

export async function seedIfEmpty(prisma: PrismaClient) {
	await seedLibrary(prisma);
	if ((await prisma.organization.count()) > 0) return false;
	await seedDemo(prisma);
	return true;
}

interface DemoGroupSpec {
	name: string;
	theme: Theme;
	lead: string;
	coLead: string | null;
	memberCount: number;
	firstMember: number;
	doneSessions: number;
	startTime: string;
	venue: string;
	startDaysAgo: number;
}

/** The demo organization of the README: people, two running groups with a few sessions already run. */
export async function seedDemo(prisma: PrismaClient, now = new Date()) {
	const org = await prisma.organization.create({
		data: { name: '阳光社工服务中心', timeZone: 'Asia/Shanghai', defaultLocale: 'zh-CN' }
	});
	const users: Record<string, string> = {};
	for (const [key, u] of Object.entries(DEMO_USERS)) {
		users[key] = (await createUser(prisma, { ...u, password: DEMO_PASSWORD, organizationId: org.id })).id;
	}
	const other = await prisma.organization.create({
		data: { name: '晨曦社区服务社', timeZone: 'Asia/Shanghai' }
	});
	await createUser(prisma, { ...OTHER_ORG_ADMIN, password: DEMO_PASSWORD, organizationId: other.id });

	const activityIds = new Map(
		(await prisma.activity.findMany({ where: { key: { not: null } }, select: { id: true, key: true } })).map(
			(a) => [a.key as string, a.id]
		)
	);
	const measures = new Map(
		(await prisma.measure.findMany({ where: { key: { not: null } }, select: { id: true, key: true } })).map(
			(m) => [m.key as string, m.id]
		)
	);

	const specs: DemoGroupSpec[] = [
		{
			name: '青少年情绪管理小组',
			theme: 'TEEN_EMOTION',
			lead: users.facilitator,
			coLead: users.coleader,
			memberCount: 10,
			firstMember: 1,
			doneSessions: 3,
			startTime: '15:30',
			venue: '中心二楼活动室',
			startDaysAgo: 21
		},
		{
			name: '老年社交兴趣小组',
			theme: 'ELDER_SOCIAL',
			lead: users.coleader,
			coLead: null,
			memberCount: 9,
			firstMember: 11,
			doneSessions: 2,
			startTime: '09:30',
			venue: '社区长者活动中心',
			startDaysAgo: 12
		}
	];
	const random = prng(20261125);
	const today = startOfDayInZone(now, org.timeZone);
	for (const spec of specs)
		await seedGroup(prisma, { org, spec, users, activityIds, measures, random, today });
	// M-001 also joined the elder circle later (an intergenerational pairing), so that one member's record spans
	// two groups (一人一档). Joined after everyone else there, so the elder group's first member stays its own.
	const [both, elder] = await Promise.all([
		prisma.member.findFirstOrThrow({
			where: { organizationId: org.id, code: 'M-001' },
			select: { id: true }
		}),
		prisma.group.findFirstOrThrow({
			where: { organizationId: org.id, theme: 'ELDER_SOCIAL' },
			select: { id: true }
		})
	]);
	await prisma.enrollment.create({
		data: {
			organizationId: org.id,
			groupId: elder.id,
			memberId: both.id,
			joinedAt: addDays(today, -5, org.timeZone)
		}
	});
	await seedGasGoals(prisma, org.id);
	await seedDebriefs(prisma, org.id);
	return { organizationId: org.id, otherOrganizationId: other.id, users };
}

interface SeedGroupContext {
	org: { id: string; timeZone: string };
	spec: DemoGroupSpec;
	users: Record<string, string>;
	activityIds: Map<string, string>;
	measures: Map<string, string>;
	random: () => number;
	today: Date;
}

const SURNAMES = [
	'林',
	'黄',
	'吴',
	'周',
	'徐',
	'孙',
	'马',
	'朱',
	'胡',
	'郭',
	'何',
	'高',
	'罗',
	'郑',
	'梁',
	'谢',
	'宋',
	'唐',
	'许',
	'韩'
];
const GIVEN = [
	'小雨',
	'子涵',
	'浩然',
	'欣怡',
	'宇轩',
	'梓萱',
	'俊杰',
	'思远',
	'佳怡',
	'明辉',
	'桂英',
	'秀兰',
	'建国',
	'玉珍',
	'德华',
	'淑芬',
	'国强',
	'丽华',
	'志明',
	'美玲'
];

async function seedGroup(prisma: PrismaClient, c: SeedGroupContext) {
	const { org, spec, random } = c;
	const template = templateFor(spec.theme);
	const [hh, mm] = spec.startTime.split(':').map(Number);
	const firstSession = new Date(
		addDays(c.today, -spec.startDaysAgo, org.timeZone).getTime() + (hh * 60 + mm) * 60_000
	);
	const day = (at: Date) => dateOnly(localDate(at, org.timeZone));
	const group = await prisma.group.create({
		data: {
			organizationId: org.id,
			name: spec.name,
			theme: spec.theme,
			targetPopulation: template.targetPopulationZh,
			background:
				spec.theme === 'TEEN_EMOTION'
					? '学校社工转介反映，部分初二学生在考试压力下情绪起伏较大，与同学和家长冲突增多。'
					: '社区独居和空巢长者比例上升，入户探访发现不少长者日常交往少，感到孤单。',
			needs:
				spec.theme === 'TEEN_EMOTION'
					? '识别和表达情绪；学习平复情绪的方法；改善与同伴的沟通。'
					: '结识邻里、扩大社交圈；参与有兴趣的集体活动；获得情感支持。',
			strengths:
				spec.theme === 'TEEN_EMOTION'
					? '组员有参与意愿，学校和家长支持，活动室条件良好。'
					: '长者生活经验丰富，社区有志愿者和场地资源。',
			goals: template.goalsZh,
			recruitmentCriteria: template.recruitmentCriteriaZh,
			evaluationMethod: '前后测量表、目标达成量表（GAS）、出勤记录、带领者观察与组员反馈。',
			venue: spec.venue,
			capacity: 12,
			plannedSessionCount: template.sessionCount,
			startDate: day(firstSession),
			weekday: new Date(firstSession.getTime() + 480 * 60_000).getUTCDay(),
			startTime: spec.startTime,
			sessionMinutes: template.sessionMinutes,
			status: 'RUNNING',
			leaders: {
				create: [
					{ organizationId: org.id, userId: spec.lead, role: 'LEAD' },
					...(spec.coLead
						? [{ organizationId: org.id, userId: spec.coLead, role: 'CO_LEADER' as const }]
						: [])
				]
			}
		}
	});

	const memberIds: string[] = [];
	for (let i = 0; i < spec.memberCount; i++) {
		const n = spec.firstMember + i;
		const member = await prisma.member.create({
			data: {
				organizationId: org.id,
				code: `M-${String(n).padStart(3, '0')}`,
				realName: i % 3 === 2 ? null : SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7) % GIVEN.length],
				birthYear: spec.theme === 'TEEN_EMOTION' ? 2011 + (i % 2) : 1945 + ((i * 3) % 15),
				gender: i % 2 === 0 ? 'F' : 'M',
				intakeNeeds:
					spec.theme === 'TEEN_EMOTION'
						? '希望学会控制脾气，少和同学吵架。'
						: '希望多认识邻居，有人一起聊天。',
				needTags: spec.theme === 'TEEN_EMOTION' ? ['情绪', '同伴关系'] : ['社交', '孤独感'],
				consentDate: day(addDays(firstSession, -7, org.timeZone)),
				consentScope: ['PARTICIPATION', 'NOTES', 'MEASURES'],
				enrollments: {
					create: {
						organizationId: org.id,
						groupId: group.id,
						joinedAt: addDays(firstSession, -7, org.timeZone)
					}
				}
			}
		});
		memberIds.push(member.id);
	}

	const sessions = [];
	const plans = planSessionsFromTemplate(
		template,
		template.sessionCount,
		template.sessionMinutes,
		BUILT_IN_ACTIVITIES
	);
	for (const [i, plan] of plans.entries()) {
		const session = await prisma.session.create({
			data: {
				organizationId: org.id,
				groupId: group.id,
				number: i + 1,
				title: plan.titleZh,
				goals: plan.goalsZh,
				stage: plan.stage,
				scheduledAt: addDays(firstSession, i * 7, org.timeZone),
				plannedMinutes: template.sessionMinutes,
				status: i < spec.doneSessions ? 'DONE' : 'PLANNED'
			}
		});
		sessions.push(session);
		await prisma.planItem.createMany({
			data: [
				{ kind: 'OPENING' as const, activityId: null, title: '', minutes: plan.openingMinutes },
				...plan.activities.map((a) => ({
					kind: 'ACTIVITY' as const,
					activityId: c.activityIds.get(a.key) ?? null,
					title: '',
					minutes: a.minutes
				})),
				{ kind: 'CLOSING' as const, activityId: null, title: '', minutes: plan.closingMinutes }
			].map((item, position) => ({
				...item,
				position,
				organizationId: org.id,
				sessionId: session.id,
				notes: ''
			}))
		});
	}

	const done = sessions.slice(0, spec.doneSessions);
	const attendance = done.flatMap((session) =>
		memberIds.map((memberId, m) => {
			const roll = random();
			const status: AttendanceStatus =
				m === memberIds.length - 1 && session.number > 1
					? 'ABSENT'
					: roll < 0.78
						? 'PRESENT'
						: roll < 0.88
							? 'LATE'
							: roll < 0.95
								? 'EXCUSED'
								: 'ABSENT';
			return {
				organizationId: org.id,
				sessionId: session.id,
				memberId,
				status,
				minutesLate: status === 'LATE' ? 5 + Math.floor(random() * 15) : null,
				// Leave is asked for with a reason; an absence without leave has none recorded.
				absenceReason:
					status === 'EXCUSED' ? ABSENCE_REASONS[(session.number + m) % ABSENCE_REASONS.length] : null,
				recordedById: spec.lead
			};
		})
	);
	await prisma.attendance.createMany({ data: attendance });

	const kinds: InteractionKind[] = ['SUPPORTS', 'ASKS', 'SHARES', 'JOKES', 'DISAGREES', 'HELPS'];
	await prisma.interactionNote.createMany({
		data: done.flatMap((session) =>
			Array.from({ length: 8 }, (_, k) => {
				const from = Math.floor(random() * (memberIds.length - 1));
				const toIndex =
					k % 4 === 0
						? null
						: (from + 1 + Math.floor(random() * (memberIds.length - 2))) % (memberIds.length - 1);
				return {
					organizationId: org.id,
					groupId: group.id,
					sessionId: session.id,
					fromMemberId: memberIds[from],
					toMemberId: toIndex === null ? null : memberIds[toIndex],
					kind: kinds[k % kinds.length],
					note: '',
					createdById: spec.lead
				};
			})
		)
	});
	if (done.length > 1) {
		await prisma.conflictLog.create({
			data: {
				organizationId: org.id,
				groupId: group.id,
				sessionId: done[1].id,
				type: spec.theme === 'TEEN_EMOTION' ? 'VERBAL_DISAGREEMENT' : 'DOMINATING',
				severity: 2,
				description:
					spec.theme === 'TEEN_EMOTION'
						? '分组讨论时两位组员对规则理解不同，发生争执。'
						: '分享环节一位组员发言时间较长，其他组员插不上话。',
				handling: '带领者暂停活动，请双方各自说明想法，并回顾小组规范。',
				resolved: spec.theme !== 'TEEN_EMOTION',
				followUpAt: spec.theme === 'TEEN_EMOTION' ? day(addDays(c.today, 2, org.timeZone)) : null,
				createdById: spec.lead,
				members: { create: [{ memberId: memberIds[0] }, { memberId: memberIds[1] }] }
			}
		});
	}
	await prisma.observation.createMany({
		data: done.map((session, k) => ({
			organizationId: org.id,
			groupId: group.id,
			sessionId: session.id,
			memberId: k === 0 ? null : memberIds[k],
			note: k === 0 ? '组员初次见面略显拘谨，破冰后气氛明显活跃。' : '该组员本节主动分享次数增加。',
			tags: k === 0 ? ['GROUP_CLIMATE'] : ['PARTICIPATION'],
			createdById: spec.lead
		}))
	});

	// Measures: a baseline before session 1, then a goal rating after every session run, so charts show a trend.
	const ratingId = c.measures.get('goal-rating');
	const lonelinessId = c.measures.get('loneliness-3');
	const responses = [];
	for (const [m, memberId] of memberIds.entries()) {
		const base = 3 + Math.floor(random() * 3);
		const gain = m === memberIds.length - 1 ? -0.5 : 0.6 + random();
		const points = [
			{
				point: 'BASELINE' as const,
				sessionId: null,
				takenAt: addDays(firstSession, -1, org.timeZone),
				step: 0
			},
			...done.map((s, k) => ({
				point: 'SESSION' as const,
				sessionId: s.id,
				takenAt: s.scheduledAt,
				step: k + 1
			}))
		];
		for (const p of points) {
			if (ratingId) {
				const score = Math.max(0, Math.min(10, Math.round(base + gain * p.step)));
				responses.push({ ...p, measureId: ratingId, memberId, itemScores: [score], score });
			}
			if (
				lonelinessId &&
				spec.theme === 'ELDER_SOCIAL' &&
				(p.point === 'BASELINE' || p.step === done.length)
			) {
				const items = [3, 2 + (m % 2), 2].map((v) =>
					Math.max(1, v - (p.step > 0 && m !== memberIds.length - 1 ? 1 : 0))
				);
				responses.push({
					...p,
					measureId: lonelinessId,
					memberId,
					itemScores: items,
					score: items.reduce((a, b) => a + b, 0)
				});
			}
		}
	}
	await prisma.measureResponse.createMany({
		data: responses.map(({ step: _step, ...r }) => ({
			...r,
			organizationId: org.id,
			groupId: group.id,
			createdById: spec.lead
		}))
	});
	return group;
}
