import { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';

async function errorOf(promise: Promise<unknown>) {
	try {
		await promise;
		return null;
	} catch (error) {
		return error as TRPCError;
	}
}
const codeOf = async (promise: Promise<unknown>) => (await errorOf(promise))?.code ?? 'OK';

const member = (overrides: Record<string, unknown> = {}) => ({
	realName: '周桂英',
	birthYear: 1952,
	gender: 'F' as const,
	contact: '13900000000',
	intakeNeeds: '想多认识邻居',
	needTags: ['社交'],
	consentDate: '2026-03-01',
	consentScope: ['PARTICIPATION' as const, 'NOTES' as const],
	...overrides
});

const HEADER =
	'姓名 realName,出生年份 birthYear,性别 gender,联系方式 contact,入组需求 intakeNeeds,需求标签 needTags,同意日期 consentDate,同意范围 consentScope';

onEachDatabase(
	'members',
	async (db) => {
		const world = await demoWorld(db.prisma);
		// Room for every test's additions; the capacity rule has its own small group below.
		await db.prisma.group.updateMany({ data: { capacity: 60 } });
		return world;
	},
	(world) => {
		it('adds a member with the next code, enrolled in the group, name visible to leaders only', async () => {
			const { as, elder, db, organizationId } = world();
			const highest = await db.prisma.member.count({ where: { organizationId } });
			const created = await as.coleader.members.create({ groupId: elder.id, ...member() });
			expect(created.code).toBe(`M-${String(highest + 1).padStart(3, '0')}`);
			const asLead = await as.coleader.members.listForGroup({ groupId: elder.id });
			const mine = asLead.enrollments.find((e) => e.member.id === created.id)!;
			expect(mine.member).toMatchObject({ realName: '周桂英', contact: '13900000000', birthYear: 1952 });
			const asSupervisor = await as.supervisor.members.listForGroup({ groupId: elder.id });
			const seen = asSupervisor.enrollments.find((e) => e.member.id === created.id)!;
			expect([seen.member.realName, seen.member.contact]).toEqual([null, null]);
			expect(
				await db.prisma.auditLog.count({
					where: { entity: 'GroupMembers', groupId: elder.id, action: 'READ' }
				})
			).toBeGreaterThanOrEqual(2);
		});

		it('gives concurrent additions distinct codes', async () => {
			const { as, teen } = world();
			const results = await Promise.all(
				Array.from({ length: 4 }, (_, i) =>
					as.facilitator.members.create({
						groupId: teen.id,
						...member({ realName: `并发${i}`, contact: null })
					})
				)
			);
			expect(new Set(results.map((r) => r.code)).size).toBe(4);
		});

		it('refuses bad input with nothing written', async () => {
			const { as, elder, db } = world();
			const before = await db.prisma.member.count();
			const bad = [
				{ realName: 'x'.repeat(51) },
				{ birthYear: 1800 },
				{ birthYear: new Date().getUTCFullYear() + 1 },
				{ consentDate: '2026-13-01' },
				{ consentScope: ['NOTES'] },
				{ needTags: Array.from({ length: 11 }, (_, i) => `t${i}`) },
				{ intakeNeeds: 'x'.repeat(1001) }
			];
			for (const overrides of bad)
				expect(await codeOf(as.coleader.members.create({ groupId: elder.id, ...member(overrides) }))).toBe(
					'BAD_REQUEST'
				);
			const scopeError = await errorOf(
				as.coleader.members.create({ groupId: elder.id, ...member({ consentScope: ['NOTES'] }) })
			);
			expect(scopeError?.cause).toBeDefined();
			expect(await db.prisma.member.count()).toBe(before);
		});

		it('refuses facilitators not leading the group, supervisors and other organizations', async () => {
			const { as, elder, db } = world();
			const before = await db.prisma.member.count();
			expect(await codeOf(as.facilitator.members.create({ groupId: elder.id, ...member() }))).toBe(
				'FORBIDDEN'
			);
			expect(await codeOf(as.supervisor.members.create({ groupId: elder.id, ...member() }))).toBe(
				'FORBIDDEN'
			);
			expect(await codeOf(as.otherAdmin.members.create({ groupId: elder.id, ...member() }))).toBe(
				'NOT_FOUND'
			);
			expect(await codeOf(as.facilitator.members.listForGroup({ groupId: elder.id }))).toBe('FORBIDDEN');
			expect(await codeOf(as.otherAdmin.members.listForGroup({ groupId: elder.id }))).toBe('NOT_FOUND');
			expect(await codeOf(as.supervisor.members.search({ groupId: elder.id, code: 'M-' }))).toBe('FORBIDDEN');
			expect(await db.prisma.member.count()).toBe(before);
		});

		it('edits a member against the current version; a stale version is a conflict', async () => {
			const { as, elder } = world();
			const { id } = await as.coleader.members.create({
				groupId: elder.id,
				...member({ contact: '13700000000' })
			});
			const saved = await as.coleader.members.update({
				groupId: elder.id,
				memberId: id,
				version: 1,
				...member({ contact: '13700000000', intakeNeeds: '更新后的需求' })
			});
			expect(saved.version).toBe(2);
			const stale = await errorOf(
				as.coleader.members.update({
					groupId: elder.id,
					memberId: id,
					version: 1,
					...member({ intakeNeeds: '旧' })
				})
			);
			expect([stale?.code, stale?.message]).toEqual(['CONFLICT', 'errors.CONFLICT']);
			const list = await as.coleader.members.listForGroup({ groupId: elder.id });
			expect(list.enrollments.find((e) => e.member.id === id)?.member.intakeNeeds).toBe('更新后的需求');
			// An admin who does not lead the group cannot see, so cannot change, the name and contact.
			await as.admin.members.update({
				groupId: elder.id,
				memberId: id,
				version: 2,
				...member({ realName: null, contact: null, intakeNeeds: '管理员更新' })
			});
			const kept = (await as.coleader.members.listForGroup({ groupId: elder.id })).enrollments.find(
				(e) => e.member.id === id
			)!.member;
			expect([kept.realName, kept.contact, kept.intakeNeeds]).toEqual([
				'周桂英',
				'13700000000',
				'管理员更新'
			]);
			// A member of another group cannot be edited through this one.
			const teenMember = await as.facilitator.members.create({
				groupId: world().teen.id,
				...member({ contact: null, realName: '别组' })
			});
			expect(
				await codeOf(
					as.coleader.members.update({ groupId: elder.id, memberId: teenMember.id, version: 1, ...member() })
				)
			).toBe('NOT_FOUND');
		});

		it('withdraws with a reason, re-enrols, and enrols an existing member found by code', async () => {
			const { as, elder, teen } = world();
			const { id, code } = await as.facilitator.members.create({
				groupId: teen.id,
				...member({ realName: '跨组成员', contact: null })
			});
			const found = await as.coleader.members.search({ groupId: elder.id, code });
			expect(found.map((m) => m.code)).toEqual([code]);
			expect(JSON.stringify(found)).not.toContain('跨组成员');
			await as.coleader.members.enrol({ groupId: elder.id, memberId: id });
			expect(await codeOf(as.coleader.members.enrol({ groupId: elder.id, memberId: id }))).toBe(
				'BAD_REQUEST'
			);
			expect(
				await codeOf(as.coleader.members.withdraw({ groupId: elder.id, memberId: id, reason: '' }))
			).toBe('BAD_REQUEST');
			await as.coleader.members.withdraw({ groupId: elder.id, memberId: id, reason: '时间冲突' });
			let row = (await as.coleader.members.listForGroup({ groupId: elder.id })).enrollments.find(
				(e) => e.member.id === id
			)!;
			expect([row.leftAt !== null, row.leaveReason]).toEqual([true, '时间冲突']);
			await as.coleader.members.enrol({ groupId: elder.id, memberId: id });
			row = (await as.coleader.members.listForGroup({ groupId: elder.id })).enrollments.find(
				(e) => e.member.id === id
			)!;
			expect([row.leftAt, row.leaveReason]).toEqual([null, null]);
		});

		it('respects capacity', async () => {
			const { as, db, organizationId, users } = world();
			const { id: groupId } = await as.facilitator.groups.create({
				name: '两人小组',
				theme: 'CUSTOM',
				targetPopulation: '',
				background: '',
				needs: '',
				strengths: '',
				goals: [],
				recruitmentCriteria: '',
				evaluationMethod: '',
				venue: '',
				capacity: 2,
				startDate: '2026-06-01',
				weekday: 1,
				startTime: '10:00',
				sessionMinutes: 60,
				sessionCount: 2,
				leaders: [{ userId: users.facilitator, role: 'LEAD' }],
				fromTemplate: false
			});
			await as.facilitator.members.create({ groupId, ...member({ realName: '甲', contact: null }) });
			await as.facilitator.members.create({ groupId, ...member({ realName: '乙', contact: null }) });
			const before = await db.prisma.member.count({ where: { organizationId } });
			const full = await errorOf(
				as.facilitator.members.create({ groupId, ...member({ realName: '丙', contact: null }) })
			);
			expect([full?.code, full?.message]).toEqual(['BAD_REQUEST', 'members.error.full']);
			expect(await db.prisma.member.count({ where: { organizationId } })).toBe(before);
			const csv = [HEADER, ',1950,,,,,2026-03-01,参与'].join('\n');
			const over = await errorOf(as.facilitator.members.import({ groupId, csv }));
			expect(over?.message).toBe('members.import.overCapacity');
		});

		it('previews an import with per-row errors and imports nothing until the file is clean', async () => {
			const { as, elder, db, organizationId } = world();
			const before = await db.prisma.member.count({ where: { organizationId } });
			const bad = [HEADER, '导入甲,1950,女,,,,2026-03-01,参与', '导入乙,19x0,男,,,,2026-03-01,参与'].join(
				'\n'
			);
			const preview = await as.coleader.members.previewImport({ groupId: elder.id, csv: bad });
			expect(preview.errors).toEqual([{ line: 3, column: 'birthYear', code: 'badBirthYear' }]);
			expect(preview.rows).toEqual([]);
			const refused = await errorOf(as.coleader.members.import({ groupId: elder.id, csv: bad }));
			expect([refused?.code, refused?.message]).toEqual(['BAD_REQUEST', 'members.import.notClean']);
			expect(await db.prisma.member.count({ where: { organizationId } })).toBe(before);

			const good = bad.replace('19x0', '1949');
			expect((await as.coleader.members.previewImport({ groupId: elder.id, csv: good })).errors).toEqual([]);
			const result = await as.coleader.members.import({ groupId: elder.id, csv: good });
			expect(result.imported).toBe(2);
			expect(await db.prisma.member.count({ where: { organizationId } })).toBe(before + 2);
			const list = await as.coleader.members.listForGroup({ groupId: elder.id });
			expect(list.enrollments.filter((e) => result.codes.includes(e.member.code))).toHaveLength(2);
			// The same file again: these people now have records.
			const again = await as.coleader.members.previewImport({ groupId: elder.id, csv: good });
			expect(again.errors.map((e) => e.code)).toEqual(['duplicateExisting', 'duplicateExisting']);
		});

		it('refuses an oversized file and a file without data', async () => {
			const { as, elder } = world();
			expect(
				await codeOf(as.coleader.members.previewImport({ groupId: elder.id, csv: 'x'.repeat(200_001) }))
			).toBe('BAD_REQUEST');
			const empty = await errorOf(as.coleader.members.previewImport({ groupId: elder.id, csv: HEADER }));
			expect(empty?.message).toBe('members.import.empty');
		});
	}
);
