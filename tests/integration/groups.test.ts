import { TRPCError } from '@trpc/server';
import { buildPlanDocx } from '../../src/lib/server/services/exports/plan-docx';
import { buildSessionsIcs } from '../../src/lib/server/services/exports/sessions-ics';
import { expect, it } from 'vitest';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { codeOf } from './support/code-of';

async function errorOf(promise: Promise<unknown>) {
	try {
		await promise;
		return null;
	} catch (error) {
		return error as TRPCError;
	}
}

type World = Awaited<ReturnType<typeof demoWorld>>;

function elderDesign(world: World, overrides: Record<string, unknown> = {}) {
	return {
		name: '长者怀旧小组',
		theme: 'ELDER_SOCIAL' as const,
		targetPopulation: '60岁及以上的独居长者',
		background: '社区独居长者增多',
		needs: '结识朋友',
		strengths: '有活动场地',
		goals: ['80%的组员能叫出3位组员的名字'],
		recruitmentCriteria: '60岁及以上',
		evaluationMethod: '前后测',
		venue: '长者活动中心',
		capacity: 10,
		startDate: '2026-03-02',
		weekday: 3,
		startTime: '09:30',
		sessionMinutes: 60,
		sessionCount: 6,
		leaders: [{ userId: world.users.facilitator, role: 'LEAD' as const }],
		fromTemplate: true,
		...overrides
	};
}

onEachDatabase(
	'groups: design',
	(db) => demoWorld(db.prisma),
	(world) => {
		it('creates a group from a template with dated sessions, stages and pre-filled activities', async () => {
			const w = world();
			const { id } = await w.as.facilitator.groups.create(elderDesign(w));
			const group = await w.as.facilitator.groups.get({ groupId: id });
			expect(group.leaders).toEqual([{ role: 'LEAD', userId: w.users.facilitator, name: '张社工' }]);
			expect(group.sessions.map((s) => s.scheduledAt.toISOString())).toEqual([
				'2026-03-04T01:30:00.000Z',
				'2026-03-11T01:30:00.000Z',
				'2026-03-18T01:30:00.000Z',
				'2026-03-25T01:30:00.000Z',
				'2026-04-01T01:30:00.000Z',
				'2026-04-08T01:30:00.000Z'
			]);
			expect(group.sessions.map((s) => s.stage)).toEqual([
				'BEGINNING',
				'WORKING',
				'WORKING',
				'CONSOLIDATING',
				'CONSOLIDATING',
				'ENDING'
			]);
			// English caller: titles in English. Session 1: opening, the template's activities, closing.
			expect(group.sessions[0].title).toBe('Meeting new friends');
			const items = await w.db.prisma.planItem.findMany({
				where: { sessionId: group.sessions[0].id },
				orderBy: { position: 'asc' },
				select: { kind: true, minutes: true, activity: { select: { key: true } } }
			});
			expect(group.sessions[0].planItemCount).toBe(items.length);
			expect(group.sessions[0].planMinutes).toBe(items.reduce((sum, i) => sum + i.minutes, 0));
			expect(items.map((i) => i.activity?.key ?? i.kind)).toEqual([
				'OPENING',
				'snowball-introduction',
				'group-contract',
				'CLOSING'
			]);
			expect(group.sessions.map((s) => s.planMinutes)).toEqual([60, 60, 60, 60, 60, 60]);
		});

		it('plans every template for 4 to 12 sessions so that each fits its minutes and none repeats another', async () => {
			const w = world();
			const templates = (await w.as.facilitator.groups.templates()).templates;
			for (const template of templates) {
				for (const sessionCount of [4, 7, 9, 12]) {
					const { id } = await w.as.facilitator.groups.create(
						elderDesign(w, {
							name: `${template.key} ${sessionCount}`,
							theme: template.key,
							sessionMinutes: template.sessionMinutes,
							sessionCount
						})
					);
					const sessions = await w.db.prisma.session.findMany({
						where: { groupId: id },
						orderBy: { number: 'asc' },
						select: {
							number: true,
							plannedMinutes: true,
							goals: true,
							planItems: { select: { minutes: true, activity: { select: { key: true } } } }
						}
					});
					const where = `${template.key} × ${sessionCount}`;
					expect(sessions, where).toHaveLength(sessionCount);
					const sets = new Set<string>();
					for (const s of sessions) {
						const total = s.planItems.reduce((sum, i) => sum + i.minutes, 0);
						expect(total, `${where}: session ${s.number}`).toBeLessThanOrEqual(s.plannedMinutes);
						expect(s.goals, `${where}: session ${s.number}`).not.toBe('');
						const keys = s.planItems.flatMap((i) => (i.activity?.key ? [i.activity.key] : []));
						expect(keys.length, `${where}: session ${s.number}`).toBeGreaterThan(0);
						sets.add([...keys].sort().join('|'));
					}
					expect(sets.size, where).toBe(sessionCount);
				}
			}
		});

		it('creates a group from scratch with empty sessions', async () => {
			const w = world();
			const { id } = await w.as.admin.groups.create(
				elderDesign(w, { theme: 'CUSTOM', fromTemplate: false, sessionCount: 3, name: '自定义小组' })
			);
			const group = await w.as.admin.groups.get({ groupId: id });
			expect(group.sessions.map((s) => [s.stage, s.title, s.planItemCount])).toEqual([
				['BEGINNING', '', 0],
				['WORKING', '', 0],
				['ENDING', '', 0]
			]);
		});

		it('lets a supervisor read but not create groups', async () => {
			const w = world();
			const before = await w.db.prisma.group.count();
			expect(await codeOf(w.as.supervisor.groups.create(elderDesign(w)))).toBe('FORBIDDEN');
			expect(await codeOf(w.as.supervisor.groups.leaderCandidates())).toBe('FORBIDDEN');
			expect(await w.db.prisma.group.count()).toBe(before);
		});

		it('refuses bad input with field errors and writes nothing', async () => {
			const w = world();
			const before = await w.db.prisma.group.count();
			const cases: [Record<string, unknown>, string][] = [
				[{ name: '' }, 'name'],
				[{ name: 'x'.repeat(101) }, 'name'],
				[{ sessionMinutes: 0 }, 'sessionMinutes'],
				[{ capacity: 0 }, 'capacity'],
				[{ startDate: '2026-02-30' }, 'startDate'],
				[{ startTime: '25:00' }, 'startTime'],
				[{ sessionCount: 31 }, 'sessionCount'],
				[{ background: 'x'.repeat(2001) }, 'background'],
				[{ leaders: [] }, 'leaders'],
				[
					{
						leaders: [
							{ userId: w.users.facilitator, role: 'LEAD' },
							{ userId: w.users.coleader, role: 'LEAD' }
						]
					},
					'leaders'
				]
			];
			for (const [overrides, path] of cases) {
				const error = await errorOf(w.as.facilitator.groups.create(elderDesign(w, overrides)));
				expect(error?.code, path).toBe('BAD_REQUEST');
			}
			expect(await w.db.prisma.group.count()).toBe(before);
		});

		it('refuses a leader from another organization, and a facilitator who does not lead', async () => {
			const w = world();
			const before = await w.db.prisma.group.count();
			const other = await errorOf(
				w.as.admin.groups.create(elderDesign(w, { leaders: [{ userId: w.otherAdminId, role: 'LEAD' }] }))
			);
			expect([other?.code, other?.message]).toEqual(['BAD_REQUEST', 'groups.error.leaderNotInOrg']);
			const notLeading = await errorOf(
				w.as.facilitator.groups.create(
					elderDesign(w, { leaders: [{ userId: w.users.coleader, role: 'LEAD' }] })
				)
			);
			expect(notLeading?.message).toBe('groups.error.creatorMustLead');
			expect(await w.db.prisma.group.count()).toBe(before);
		});

		it('updates the design against the current version and refuses a stale one', async () => {
			const w = world();
			const { id } = await w.as.facilitator.groups.create(elderDesign(w));
			const form = await w.as.facilitator.groups.forEdit({ groupId: id });
			expect(form.startDate).toBe('2026-03-02');
			const {
				groupId: _g,
				id: _id,
				leaders: _l,
				doneSessions: _d,
				timeZone: _t,
				...fields
			} = {
				...form,
				groupId: id
			};
			const saved = await w.as.facilitator.groups.update({ ...fields, groupId: id, venue: '新场地' });
			expect(saved.version).toBe(form.version + 1);
			const stale = await errorOf(
				w.as.facilitator.groups.update({ ...fields, groupId: id, venue: '旧的修改' })
			);
			expect([stale?.code, stale?.message]).toEqual(['CONFLICT', 'errors.CONFLICT']);
			expect((await w.as.facilitator.groups.get({ groupId: id })).venue).toBe('新场地');
		});

		it('reschedules only sessions that have not run and never drops run sessions', async () => {
			const w = world();
			const form = await w.as.coleader.groups.forEdit({ groupId: w.elder.id });
			const { id: _id, leaders: _l, doneSessions, timeZone: _t, ...fields } = form;
			expect(doneSessions).toBe(2);
			const before = await w.as.coleader.groups.get({ groupId: w.elder.id });
			const attendanceBefore = await w.db.prisma.attendance.count({
				where: { session: { groupId: w.elder.id } }
			});

			const tooFew = await errorOf(
				w.as.coleader.groups.update({ ...fields, groupId: w.elder.id, sessionCount: 1 })
			);
			expect([tooFew?.code, tooFew?.message]).toEqual(['BAD_REQUEST', 'groups.error.cannotDropRunSessions']);
			expect((await w.as.coleader.groups.get({ groupId: w.elder.id })).sessions).toEqual(before.sessions);
			const tooSmall = await errorOf(
				w.as.coleader.groups.update({ ...fields, groupId: w.elder.id, capacity: 2 })
			);
			expect(tooSmall?.message).toBe('groups.error.capacityBelowMembers');
			expect((await w.as.coleader.groups.get({ groupId: w.elder.id })).capacity).toBe(fields.capacity);

			await w.as.coleader.groups.update({
				...fields,
				groupId: w.elder.id,
				startDate: '2027-01-04',
				weekday: 5,
				startTime: '14:00',
				sessionCount: 8
			});
			const after = await w.as.coleader.groups.get({ groupId: w.elder.id });
			expect(after.sessions).toHaveLength(8);
			// Sessions 1-2 ran: untouched.
			expect(after.sessions.slice(0, 2)).toEqual(before.sessions.slice(0, 2));
			// Session 3 onwards: Fridays at 14:00 Shanghai from 2027-01-08; plans kept.
			expect(after.sessions[2].scheduledAt.toISOString()).toBe('2027-01-22T06:00:00.000Z');
			expect(after.sessions[2].planItemCount).toBe(before.sessions[2].planItemCount);
			expect(after.sessions[7].scheduledAt.toISOString()).toBe('2027-02-26T06:00:00.000Z');
			expect(after.sessions[7].planItemCount).toBe(0);
			expect(after.plannedSessionCount).toBe(8);
			expect(await w.db.prisma.attendance.count({ where: { session: { groupId: w.elder.id } } })).toBe(
				attendanceBefore
			);
		});

		it('refuses edits by a facilitator not leading the group, supervisors and other organizations', async () => {
			const w = world();
			const form = await w.as.coleader.groups.forEdit({ groupId: w.elder.id });
			const { id: _id, leaders: _l, doneSessions: _d, timeZone: _t, ...fields } = form;
			const input = { ...fields, groupId: w.elder.id, name: 'changed' };
			expect(await codeOf(w.as.facilitator.groups.update(input))).toBe('FORBIDDEN');
			expect(await codeOf(w.as.supervisor.groups.update(input))).toBe('FORBIDDEN');
			expect(await codeOf(w.as.otherAdmin.groups.update(input))).toBe('NOT_FOUND');
			expect(await codeOf(w.as.facilitator.groups.forEdit({ groupId: w.elder.id }))).toBe('FORBIDDEN');
			expect(await codeOf(w.as.otherAdmin.groups.planDocument({ groupId: w.elder.id }))).toBe('NOT_FOUND');
			expect((await w.as.admin.groups.get({ groupId: w.elder.id })).name).not.toBe('changed');
		});

		it('sets leaders with a version check, within the organization only', async () => {
			const w = world();
			const { id } = await w.as.facilitator.groups.create(elderDesign(w, { name: '带领者测试' }));
			const { version } = await w.as.facilitator.groups.forEdit({ groupId: id });
			const leaders = [
				{ userId: w.users.facilitator, role: 'LEAD' as const },
				{ userId: w.users.coleader, role: 'CO_LEADER' as const }
			];
			const outsider = await errorOf(
				w.as.facilitator.groups.setLeaders({
					groupId: id,
					version,
					leaders: [...leaders, { userId: w.otherAdminId, role: 'CO_LEADER' }]
				})
			);
			expect(outsider?.message).toBe('groups.error.leaderNotInOrg');
			await w.as.facilitator.groups.setLeaders({ groupId: id, version, leaders });
			expect(await codeOf(w.as.facilitator.groups.setLeaders({ groupId: id, version, leaders }))).toBe(
				'CONFLICT'
			);
			const group = await w.as.coleader.groups.get({ groupId: id });
			expect(group.leaders.map((l) => l.role).sort()).toEqual(['CO_LEADER', 'LEAD']);
		});

		it('lets the lead, a supervisor or an admin change the leaders, never a co-leader', async () => {
			const w = world();
			const { id } = await w.as.facilitator.groups.create(elderDesign(w, { name: '主带领者测试' }));
			let { version } = await w.as.facilitator.groups.forEdit({ groupId: id });
			const lead = (userId: string) => ({ userId, role: 'LEAD' as const });
			const co = (userId: string) => ({ userId, role: 'CO_LEADER' as const });
			({ version } = await w.as.facilitator.groups.setLeaders({
				groupId: id,
				version,
				leaders: [lead(w.users.facilitator), co(w.users.coleader)]
			}));
			expect((await w.as.coleader.groups.forEdit({ groupId: id })).canSetLeaders).toBe(false);
			expect((await w.as.facilitator.groups.forEdit({ groupId: id })).canSetLeaders).toBe(true);
			const coup = [lead(w.users.coleader)];
			expect(await codeOf(w.as.coleader.groups.setLeaders({ groupId: id, version, leaders: coup }))).toBe(
				'FORBIDDEN'
			);
			({ version } = await w.as.supervisor.groups.setLeaders({
				groupId: id,
				version,
				leaders: [lead(w.users.coleader), co(w.users.facilitator)]
			}));
			({ version } = await w.as.admin.groups.setLeaders({
				groupId: id,
				version,
				leaders: [lead(w.users.facilitator), co(w.users.coleader)]
			}));
			const group = await w.as.admin.groups.get({ groupId: id });
			expect(group.leaders.find((l) => l.role === 'LEAD')?.userId).toBe(w.users.facilitator);
		});

		it('builds the plan document with clock times and member counts but no names', async () => {
			const w = world();
			const doc = await w.as.supervisor.groups.planDocument({ groupId: w.elder.id });
			const enrolled = await w.db.prisma.enrollment.count({ where: { groupId: w.elder.id, leftAt: null } });
			expect(doc.memberProfile.total).toBe(enrolled);
			expect(Object.values(doc.memberProfile.byGender).reduce((a, b) => a + b, 0)).toBe(enrolled);
			expect(doc.memberProfile.byAge['75plus']).toBeGreaterThan(0);
			expect(JSON.stringify(doc)).not.toMatch(/realName|contact/);
			const first = doc.sessions[0];
			expect(first.items[0]).toMatchObject({ kind: 'OPENING', startClock: '09:30', endClock: '09:35' });
			expect(first.items[1].title).toBe('Snowball introductions');
		});

		it('exports the plan as a Word file and the sessions as a calendar, in the reader’s language', async () => {
			const w = world();
			const doc = await w.as.coleader.groups.planDocument({ groupId: w.elder.id });
			const docx = await buildPlanDocx(doc, 'en');
			expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
			const ics = buildSessionsIcs(doc, 'zh-CN');
			expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(doc.sessions.length);
			expect(ics).toContain(`SUMMARY:${doc.name} · 第 1 节`);
		});

		it('lists templates in the caller’s language, with the organization’s own themes', async () => {
			const w = world();
			const { templates, customThemes } = await w.as.supervisor.groups.templates();
			expect(templates.map((t) => t.key)).toContain('ELDER_SOCIAL');
			expect(templates.find((t) => t.key === 'ELDER_SOCIAL')?.sessionCount).toBe(6);
			expect(customThemes).toEqual([]);
		});

		it('designs a group under one of the organization’s own themes, and refuses a theme it does not have', async () => {
			const w = world();
			const settings = {
				name: '阳光社工服务中心',
				defaultLocale: 'zh-CN' as const,
				timeZone: 'Asia/Shanghai',
				defaultSessionMinutes: 90
			};
			for (const taken of ['CUSTOM', '亲子沟通', 'Carer support'])
				expect(
					(await errorOf(w.as.admin.organization.update({ ...settings, customThemes: [taken] })))?.code
				).toBe('BAD_REQUEST');
			await w.as.admin.organization.update({ ...settings, customThemes: ['社区融入', '戒烟支持'] });
			expect((await w.as.facilitator.groups.templates()).customThemes).toEqual(['社区融入', '戒烟支持']);
			expect((await w.as.otherAdmin.groups.templates()).customThemes).toEqual([]);

			const before = await w.db.prisma.group.count();
			const unknown = await errorOf(
				w.as.facilitator.groups.create(elderDesign(w, { theme: '不存在的主题' }))
			);
			expect([unknown?.code, unknown?.message]).toEqual(['BAD_REQUEST', 'groups.error.unknownTheme']);
			// Another organization's themes are not this one's.
			expect(
				(
					await errorOf(
						w.as.otherAdmin.groups.create(
							elderDesign(w, { theme: '社区融入', leaders: [{ userId: w.otherAdminId, role: 'LEAD' }] })
						)
					)
				)?.message
			).toBe('groups.error.unknownTheme');
			expect(await w.db.prisma.group.count()).toBe(before);

			const { id } = await w.as.facilitator.groups.create(
				elderDesign(w, { name: '社区融入小组', theme: '社区融入', fromTemplate: true, sessionCount: 4 })
			);
			const group = await w.as.facilitator.groups.get({ groupId: id });
			expect(group.theme).toBe('社区融入');
			expect(group.sessions).toHaveLength(4);
			const compared = await w.as.supervisor.supervision.compare({ themes: ['社区融入'] });
			expect(compared.groups.map((g) => g.id)).toEqual([id]);

			// The organization drops the theme: the group keeps it and can still be edited.
			await w.as.admin.organization.update({ ...settings, customThemes: ['戒烟支持'] });
			const form = await w.as.facilitator.groups.forEdit({ groupId: id });
			expect(form.theme).toBe('社区融入');
			const { id: _id, leaders: _l, doneSessions: _d, timeZone: _t, customThemes, ...fields } = form;
			expect(customThemes).toEqual(['戒烟支持']);
			await w.as.facilitator.groups.update({ ...fields, groupId: id, name: '社区融入小组（二期）' });
			expect((await w.as.facilitator.groups.get({ groupId: id })).theme).toBe('社区融入');
			const another = await errorOf(
				w.as.facilitator.groups.update({
					...fields,
					version: fields.version + 1,
					groupId: id,
					theme: '另一个'
				})
			);
			expect(another?.message).toBe('groups.error.unknownTheme');
		});
	}
);
