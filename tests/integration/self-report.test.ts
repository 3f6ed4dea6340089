import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { codeOf } from './support/code-of';
import { createCaller } from '../../src/lib/server/routers';
import { seedLibrary } from '../../src/lib/server/db/seed';
import { BUILT_IN_MEASURES, LONELINESS_3_ANSWERS } from '../../src/lib/domain/measure-catalog';
import {
	LINK_ADDRESS_LIMIT,
	LINK_TOKEN_LIMIT
} from '../../src/lib/server/services/self-report/link-rate-limit';
import { signInLimit } from '../../src/lib/server/auth/rate-limit';
import { DEMO_PASSWORD } from '../../src/lib/server/db/seed';
import { viewerFor } from '../../src/lib/server/trpc/context';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

onEachDatabase(
	'self-report',
	async (db) => {
		const world = await demoWorld(db.prisma);
		const key = async (k: string) => (await db.prisma.measure.findUniqueOrThrow({ where: { key: k } })).id;
		const enrolled = (groupId: string) =>
			db.prisma.enrollment.findMany({
				where: { groupId, leftAt: null },
				orderBy: { member: { code: 'asc' } },
				select: { memberId: true, member: { select: { code: true, realName: true } } }
			});
		const teenMembers = await enrolled(world.teen.id);
		const elderMembers = await enrolled(world.elder.id);
		const teenSession = await db.prisma.session.findFirstOrThrow({
			where: { groupId: world.teen.id, number: 2 }
		});
		const elderSession = await db.prisma.session.findFirstOrThrow({ where: { groupId: world.elder.id } });
		// An anonymous visitor from one address, as the link page's server calls arrive.
		const visitor = (address: string) =>
			createCaller({ prisma: db.prisma, viewer: null, locale: 'zh-CN', clientAddress: address });
		return {
			...world,
			visitor,
			rating: await key('goal-rating'),
			sessionRating: await key('session-rating'),
			loneliness: await key('loneliness-3'),
			gas: await key('gas'),
			teenMember: teenMembers[2],
			teenMember2: teenMembers[3],
			teenMember3: teenMembers[4],
			elderOnly: elderMembers.find((e) => !teenMembers.some((t) => t.memberId === e.memberId))!,
			teenSession: teenSession.id,
			elderSession: elderSession.id
		};
	},
	(world) => {
		const link = (
			over: Partial<{ memberId: string; measureId: string; point: 'BASELINE' | 'SESSION' | 'END' }> = {}
		) => {
			const { as, teen, rating, teenMember } = world();
			return as.facilitator.selfReport.createLink({
				groupId: teen.id,
				memberId: teenMember.memberId,
				measureId: rating,
				point: 'BASELINE',
				...over
			});
		};

		it('keeps the built-in instruments in the database as the catalog has them, labels and sources included', async () => {
			const { db } = world();
			const rows = await db.prisma.measure.findMany({ where: { organizationId: null } });
			for (const m of BUILT_IN_MEASURES) {
				const row = rows.find((r) => r.key === m.key)!;
				expect(row.promptZh).toBe(m.promptZh);
				expect(row.promptEn).toBe(m.promptEn);
				expect(row.answerLabels).toEqual(m.answerLabels);
				expect(row.source).toBe(m.source);
			}
			// A row that drifted (an older start-up wrote it) is brought back in line, same id.
			const before = rows.find((r) => r.key === 'loneliness-3')!;
			await db.prisma.measure.update({
				where: { id: before.id },
				data: { answerLabels: [], promptZh: null }
			});
			await seedLibrary(db.prisma);
			const after = await db.prisma.measure.findUniqueOrThrow({ where: { key: 'loneliness-3' } });
			expect(after.id).toBe(before.id);
			expect(after.answerLabels).toEqual(LONELINESS_3_ANSWERS);
			expect(after.promptZh).toContain('感受');
		});

		it('shows UCLA-3 with its lead-in and published answers on the entry sheet', async () => {
			const { as, elder } = world();
			const sheet = await as.coleader.measures.sheet({ groupId: elder.id, point: 'BASELINE' });
			const ucla = sheet.measures.find((m) => m.key === 'loneliness-3')!;
			expect(ucla.answerLabels.map((l) => [l.value, l.zh, l.en])).toEqual([
				[1, '几乎没有', 'hardly ever'],
				[2, '有时', 'some of the time'],
				[3, '经常', 'often']
			]);
			expect(ucla.promptEn).toMatch(/how often you feel that way/);
			expect(ucla.source).toMatch(/Hughes/);
		});

		it('makes an organization’s scale define one answer label per value, in at least one language', async () => {
			const { as } = world();
			const scale = {
				nameZh: '参与感',
				items: [{ zh: '我愿意在小组里发言' }],
				itemMin: 0,
				itemMax: 2,
				higherIsBetter: true,
				promptZh: '请想一想最近两周。',
				answerLabels: [
					{ value: 0, zh: '从不' },
					{ value: 1, zh: '有时', en: 'sometimes' },
					{ value: 2, en: 'often' }
				]
			};
			expect(await codeOf(as.supervisor.measures.createScale({ ...scale, answerLabels: [] }))).toBe(
				'BAD_REQUEST'
			);
			expect(
				await codeOf(
					as.supervisor.measures.createScale({ ...scale, answerLabels: scale.answerLabels.slice(0, 2) })
				)
			).toBe('BAD_REQUEST');
			expect(
				await codeOf(
					as.supervisor.measures.createScale({
						...scale,
						answerLabels: [...scale.answerLabels.slice(0, 2), { value: 2, zh: ' ', en: '' }]
					})
				)
			).toBe('BAD_REQUEST');
			expect(
				await codeOf(
					as.supervisor.measures.createScale({
						...scale,
						answerLabels: [...scale.answerLabels, { value: 3, zh: '总是' }]
					})
				)
			).toBe('BAD_REQUEST');
			const created = await as.supervisor.measures.createScale(scale);
			const listed = (await as.facilitator.measures.scales()).find((s) => s.id === created.id)!;
			expect(listed.answerLabels).toEqual([
				{ value: 0, zh: '从不', en: '从不' },
				{ value: 1, zh: '有时', en: 'sometimes' },
				{ value: 2, zh: 'often', en: 'often' }
			]);
			expect(listed.promptEn).toBe('请想一想最近两周。');
			expect(listed.source).toBeNull();

			const labels = [
				{ value: 0, zh: '从不', en: 'never' },
				{ value: 1, zh: '有时', en: 'sometimes' },
				{ value: 2, zh: '经常', en: 'often' }
			];
			await as.admin.measures.updateScaleWording({
				measureId: created.id,
				answerLabels: labels,
				source: 'X 2020'
			});
			const edited = (await as.admin.measures.scales()).find((s) => s.id === created.id)!;
			expect(edited.answerLabels).toEqual(labels);
			expect(edited.source).toBe('X 2020');
			expect(
				await codeOf(
					as.admin.measures.updateScaleWording({ measureId: created.id, answerLabels: labels.slice(1) })
				)
			).toBe('BAD_REQUEST');
			expect(
				await codeOf(
					as.otherAdmin.measures.updateScaleWording({ measureId: created.id, answerLabels: labels })
				)
			).toBe('NOT_FOUND');
			const builtIn = world().rating;
			expect(
				await codeOf(as.admin.measures.updateScaleWording({ measureId: builtIn, answerLabels: labels }))
			).toBe('NOT_FOUND');
		});

		it('answers a one-time link once, without an account, with nothing but the questionnaire', async () => {
			const { db, visitor, teen, teenMember, rating, as } = world();
			const auditBefore = await db.prisma.auditLog.count({ where: { entity: 'SelfReportLink' } });
			const created = await link();
			expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
			expect(created.path).toBe(`/r/${created.token}`);
			expect(created.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
			const row = await db.prisma.selfReportLink.findUniqueOrThrow({ where: { id: created.id } });
			expect(row.tokenHash).toBe(sha256(created.token));
			expect(JSON.stringify(row)).not.toContain(created.token);
			expect(await db.prisma.auditLog.count({ where: { entity: 'SelfReportLink', action: 'CREATE' } })).toBe(
				auditBefore + 1
			);

			const someone = visitor('198.51.100.1');
			const opened = await someone.selfReport.openLink({ token: created.token });
			expect(opened.questionnaire.nameZh).toBe('目标评分（0–10）');
			expect(opened.timeZone).toBe(
				(await db.prisma.organization.findFirstOrThrow({ where: { groups: { some: { id: teen.id } } } }))
					.timeZone
			);
			const shown = JSON.stringify(opened);
			for (const secret of [
				teenMember.member.code,
				teenMember.member.realName,
				teen.name,
				teenMember.memberId
			])
				if (secret) expect(shown).not.toContain(secret);

			// Bad answers are refused and do not use the link up.
			expect(await codeOf(someone.selfReport.submitLink({ token: created.token, itemScores: [11] }))).toBe(
				'BAD_REQUEST'
			);
			expect(await codeOf(someone.selfReport.submitLink({ token: created.token, itemScores: [3, 4] }))).toBe(
				'BAD_REQUEST'
			);
			await someone.selfReport.submitLink({ token: created.token, itemScores: [6] });
			const saved = await db.prisma.measureResponse.findFirstOrThrow({
				where: { groupId: teen.id, memberId: teenMember.memberId, measureId: rating, point: 'BASELINE' }
			});
			expect(saved.source).toBe('SELF_LINK');
			expect(saved.itemScores).toEqual([6]);
			expect(
				await db.prisma.auditLog.count({
					where: { entity: 'SelfReportResponse', entityId: created.id, memberId: teenMember.memberId }
				})
			).toBe(1);

			// Used: refused on a second submission and on opening again, with the same answer as an unknown link.
			expect(await codeOf(someone.selfReport.submitLink({ token: created.token, itemScores: [9] }))).toBe(
				'NOT_FOUND'
			);
			expect(await codeOf(someone.selfReport.openLink({ token: created.token }))).toBe('NOT_FOUND');
			expect(await codeOf(someone.selfReport.openLink({ token: 'x'.repeat(43) }))).toBe('NOT_FOUND');
			expect(
				(await db.prisma.measureResponse.findUniqueOrThrow({ where: { id: saved.id } })).itemScores
			).toEqual([6]);

			// Marked as self-reported where the facilitator reads it.
			const progress = await as.facilitator.reports.memberProgress({
				groupId: teen.id,
				memberId: teenMember.memberId
			});
			const series = progress.series.find((s) => s.measureId === rating)!;
			expect(series.points.find((p) => p.slot === 'BASELINE')?.source).toBe('SELF_LINK');
			const outcomes = await as.facilitator.reports.outcomes({ groupId: teen.id });
			expect(outcomes.measures.find((m) => m.measureId === rating)?.selfReported).toBeGreaterThanOrEqual(1);
		});

		it('refuses an expired link', async () => {
			const { db, visitor } = world();
			const created = await link({ point: 'END' });
			await db.prisma.selfReportLink.update({
				where: { id: created.id },
				data: { expiresAt: new Date(Date.now() - 1000) }
			});
			const someone = visitor('198.51.100.2');
			expect(await codeOf(someone.selfReport.openLink({ token: created.token }))).toBe('NOT_FOUND');
			expect(await codeOf(someone.selfReport.submitLink({ token: created.token, itemScores: [5] }))).toBe(
				'NOT_FOUND'
			);
			expect(
				(await db.prisma.selfReportLink.findUniqueOrThrow({ where: { id: created.id } })).usedAt
			).toBeNull();
		});

		it('stops asking a member who withdrew consent after the link was made', async () => {
			const { db, visitor, teenMember3 } = world();
			const created = await link({ memberId: teenMember3.memberId, point: 'END' });
			const member = await db.prisma.member.findUniqueOrThrow({ where: { id: teenMember3.memberId } });
			await db.prisma.member.update({ where: { id: member.id }, data: { consentScope: ['PARTICIPATION'] } });
			const someone = visitor('198.51.100.3');
			expect(await codeOf(someone.selfReport.openLink({ token: created.token }))).toBe('NOT_FOUND');
			expect(await codeOf(someone.selfReport.submitLink({ token: created.token, itemScores: [5] }))).toBe(
				'NOT_FOUND'
			);
			expect(
				await db.prisma.measureResponse.count({
					where: { memberId: member.id, point: 'END', source: 'SELF_LINK' }
				})
			).toBe(0);
			await db.prisma.member.update({
				where: { id: member.id },
				data: { consentScope: member.consentScope }
			});
		});

		it('binds a link to a member of the group, a questionnaire the group uses and a point in time', async () => {
			const {
				as,
				teen,
				elder,
				elderOnly,
				gas,
				loneliness,
				sessionRating,
				teenSession,
				elderSession,
				teenMember
			} = world();
			expect(await codeOf(link({ memberId: elderOnly.memberId }))).toBe('BAD_REQUEST');
			expect(await codeOf(link({ measureId: gas }))).toBe('BAD_REQUEST');
			expect(await codeOf(link({ measureId: loneliness }))).toBe('BAD_REQUEST');
			expect(await codeOf(link({ measureId: sessionRating }))).toBe('BAD_REQUEST');
			expect(await codeOf(link({ measureId: 'nosuchmeasure' }))).toBe('BAD_REQUEST');
			expect(await codeOf(link({ point: 'SESSION' }))).toBe('BAD_REQUEST');
			const base = {
				groupId: teen.id,
				memberId: teenMember.memberId,
				measureId: sessionRating,
				point: 'SESSION' as const
			};
			expect(await codeOf(as.facilitator.selfReport.createLink({ ...base, sessionId: elderSession }))).toBe(
				'BAD_REQUEST'
			);
			expect(
				await codeOf(
					as.facilitator.selfReport.createLink({ ...base, sessionId: teenSession, expiresInHours: 0 })
				)
			).toBe('BAD_REQUEST');
			expect(
				await codeOf(
					as.facilitator.selfReport.createLink({ ...base, sessionId: teenSession, expiresInHours: 169 })
				)
			).toBe('BAD_REQUEST');
			const short = await as.coleader.selfReport.createLink({
				...base,
				sessionId: teenSession,
				expiresInHours: 2
			});
			expect(short.expiresAt.getTime() - Date.now()).toBeLessThan(2 * 3_600_000 + 5_000);
			// Another organization's admin does not see the group; a facilitator of another group may not; nor a supervisor.
			expect(await codeOf(as.otherAdmin.selfReport.createLink({ ...base, sessionId: teenSession }))).toBe(
				'NOT_FOUND'
			);
			expect(await codeOf(as.supervisor.selfReport.createLink({ ...base, sessionId: teenSession }))).toBe(
				'FORBIDDEN'
			);
			expect(
				await codeOf(
					as.facilitator.selfReport.createLink({
						groupId: elder.id,
						memberId: elderOnly.memberId,
						measureId: world().rating,
						point: 'BASELINE'
					})
				)
			).toBe('FORBIDDEN');
		});

		it('limits link requests per token and per address', async () => {
			const { visitor } = world();
			const created = await link({ point: 'END', memberId: world().teenMember2.memberId });
			// Each request from its own address: only the token's count grows.
			for (let i = 0; i < LINK_TOKEN_LIMIT.max; i++)
				await visitor(`192.0.2.${i + 1}`).selfReport.openLink({ token: created.token });
			expect(await codeOf(visitor('192.0.2.200').selfReport.openLink({ token: created.token }))).toBe(
				'TOO_MANY_REQUESTS'
			);
			// One address guessing tokens: refused past its limit, while another address still gets through.
			const guesser = visitor('203.0.113.9');
			for (let i = 0; i < LINK_ADDRESS_LIMIT.max; i++)
				expect(await codeOf(guesser.selfReport.openLink({ token: `guess${i}`.padEnd(43, 'a') }))).toBe(
					'NOT_FOUND'
				);
			expect(await codeOf(guesser.selfReport.openLink({ token: 'guessmore'.padEnd(43, 'a') }))).toBe(
				'TOO_MANY_REQUESTS'
			);
			expect(
				await codeOf(visitor('203.0.113.10').selfReport.openLink({ token: 'other'.padEnd(43, 'a') }))
			).toBe('NOT_FOUND');
			// Malformed tokens are bad input, not a lookup.
			expect(await codeOf(visitor('203.0.113.11').selfReport.openLink({ token: '../../etc' }))).toBe(
				'BAD_REQUEST'
			);
		});

		it('stores member-mode answers as self-reported, and keeps the mark when the sheet is saved again unchanged', async () => {
			const { as, db, teen, teenMember2, rating } = world();
			const target = {
				groupId: teen.id,
				memberId: teenMember2.memberId,
				measureId: rating,
				point: 'BASELINE' as const
			};
			const form = await as.facilitator.selfReport.memberForm(target);
			expect(JSON.stringify(form)).not.toContain(teenMember2.member.code);
			expect(form.questionnaire.answerLabels.map((l) => l.value)).toEqual([0, 10]);
			expect(await codeOf(as.facilitator.selfReport.saveTablet({ ...target, itemScores: [12] }))).toBe(
				'BAD_REQUEST'
			);
			await as.facilitator.selfReport.saveTablet({ ...target, itemScores: [4] });
			const where = {
				groupId: teen.id,
				memberId: teenMember2.memberId,
				measureId: rating,
				point: 'BASELINE' as const
			};
			expect((await db.prisma.measureResponse.findFirstOrThrow({ where })).source).toBe('SELF_TABLET');
			expect(
				await db.prisma.auditLog.count({
					where: { entity: 'SelfReportResponse', memberId: teenMember2.memberId }
				})
			).toBe(1);
			const save = (score: number) =>
				as.facilitator.measures.save({
					groupId: teen.id,
					memberId: teenMember2.memberId,
					point: 'BASELINE',
					scores: [{ measureId: rating, itemScores: [score] }]
				});
			await save(4);
			expect((await db.prisma.measureResponse.findFirstOrThrow({ where })).source).toBe('SELF_TABLET');
			await save(5);
			expect((await db.prisma.measureResponse.findFirstOrThrow({ where })).source).toBe('STAFF');
			expect(await codeOf(as.supervisor.selfReport.memberForm(target))).toBe('FORBIDDEN');
			expect(await codeOf(as.otherAdmin.selfReport.saveTablet({ ...target, itemScores: [4] }))).toBe(
				'NOT_FOUND'
			);
		});

		it('leaves member mode only with the facilitator’s password, under the sign-in limiter', async () => {
			const { db, users } = world();
			const user = await db.prisma.user.findUniqueOrThrow({ where: { id: users.facilitator } });
			const viewer = await viewerFor(db.prisma, user);
			const tablet = (address: string) =>
				createCaller({ prisma: db.prisma, viewer, locale: 'en', clientAddress: address });
			expect(
				await codeOf(tablet('198.51.100.50').selfReport.leaveMemberMode({ password: 'wrong-password' }))
			).toBe('BAD_REQUEST');
			expect(await tablet('198.51.100.50').selfReport.leaveMemberMode({ password: DEMO_PASSWORD })).toEqual({
				left: true
			});
			const guesser = tablet('198.51.100.51');
			for (let i = 0; i < signInLimit.max; i++)
				expect(await codeOf(guesser.selfReport.leaveMemberMode({ password: `guess-${i}` }))).toBe(
					'BAD_REQUEST'
				);
			// Over the limit even the right password waits, as at sign-in.
			expect(await codeOf(guesser.selfReport.leaveMemberMode({ password: DEMO_PASSWORD }))).toBe(
				'TOO_MANY_REQUESTS'
			);
			expect(await codeOf(world().as.anonymous.selfReport.leaveMemberMode({ password: DEMO_PASSWORD }))).toBe(
				'UNAUTHORIZED'
			);
		});
	}
);
