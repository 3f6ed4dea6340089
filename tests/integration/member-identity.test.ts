// Real names and contacts go to the leaders of a group the member is in now. A facilitator may not reach
// another group's member by enrolling and withdrawing them, and a withdrawal ends what an enrolment granted.
import { expect, it } from 'vitest';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { codeOf } from './support/code-of';

const REAL_NAME = '司马身份测试';
const CONTACT = 'tel-13900001111';

onEachDatabase(
	'member identity',
	async (db) => {
		const world = await demoWorld(db.prisma);
		// A member of the elder group only (led by the co-leader, not by the facilitator).
		const elderOnly = await db.prisma.member.findFirstOrThrow({
			where: {
				organizationId: world.organizationId,
				enrollments: { some: { groupId: world.elder.id, leftAt: null }, none: { groupId: world.teen.id } }
			},
			orderBy: { code: 'asc' }
		});
		await db.prisma.member.update({
			where: { id: elderOnly.id },
			data: { realName: REAL_NAME, contact: CONTACT, consentScope: ['PARTICIPATION', 'NOTES', 'MEASURES'] }
		});
		return { ...world, elderOnly };
	},
	(get) => {
		it('does not let a facilitator find, enrol or read another group’s member', async () => {
			const { as, teen, elderOnly } = get();
			const found = await as.facilitator.members.search({ groupId: teen.id, code: elderOnly.code });
			expect(found.map((m) => m.id)).not.toContain(elderOnly.id);
			expect(await codeOf(as.facilitator.members.enrol({ groupId: teen.id, memberId: elderOnly.id }))).toBe(
				'FORBIDDEN'
			);
			expect(await codeOf(as.facilitator.records.get({ memberId: elderOnly.id }))).toBe('FORBIDDEN');
			const list = await as.facilitator.members.listForGroup({ groupId: teen.id });
			expect(JSON.stringify(list)).not.toContain(REAL_NAME);
		});

		it('lets an admin enrol them; the leaders then see the name, and after a withdrawal only the code', async () => {
			const { as, teen, elderOnly } = get();
			expect(
				(await as.admin.members.search({ groupId: teen.id, code: elderOnly.code })).map((m) => m.id)
			).toContain(elderOnly.id);
			await as.admin.members.enrol({ groupId: teen.id, memberId: elderOnly.id });
			const row = (await as.facilitator.members.listForGroup({ groupId: teen.id })).enrollments.find(
				(e) => e.member.id === elderOnly.id
			);
			expect(row?.member).toMatchObject({ realName: REAL_NAME, contact: CONTACT });
			expect((await as.facilitator.records.get({ memberId: elderOnly.id })).member.realName).toBe(REAL_NAME);

			await as.facilitator.members.withdraw({ groupId: teen.id, memberId: elderOnly.id, reason: '转介' });
			const after = await as.facilitator.members.listForGroup({ groupId: teen.id });
			const withdrawn = after.enrollments.find((e) => e.member.id === elderOnly.id);
			// The past stays visible under the code; the identity does not.
			expect(withdrawn?.member).toMatchObject({ code: elderOnly.code, realName: null, contact: null });
			expect(JSON.stringify(after)).not.toContain(CONTACT);
			expect(JSON.stringify(await as.facilitator.groups.get({ groupId: teen.id }))).not.toContain(REAL_NAME);
			expect(JSON.stringify(await as.facilitator.reports.outcomes({ groupId: teen.id }))).not.toContain(
				REAL_NAME
			);
			expect(await codeOf(as.facilitator.records.get({ memberId: elderOnly.id }))).toBe('FORBIDDEN');
			const index = await as.facilitator.records.listMembers({ page: 1, pageSize: 100 });
			expect(JSON.stringify(index)).not.toContain(REAL_NAME);
			// Re-enrolling them is again an admin's decision, and the elder group's lead still sees them.
			expect(await codeOf(as.facilitator.members.enrol({ groupId: teen.id, memberId: elderOnly.id }))).toBe(
				'FORBIDDEN'
			);
			expect((await as.coleader.records.get({ memberId: elderOnly.id })).member.realName).toBe(REAL_NAME);
		});

		it('lets a facilitator re-enrol a member who only ever joined groups they lead', async () => {
			const { as, db, teen } = get();
			const own = await db.prisma.member.findFirstOrThrow({
				where: {
					enrollments: { every: { groupId: teen.id }, some: { groupId: teen.id, leftAt: null } },
					consentScope: { has: 'PARTICIPATION' }
				},
				orderBy: { code: 'asc' }
			});
			await as.facilitator.members.withdraw({ groupId: teen.id, memberId: own.id, reason: '暂停' });
			expect(
				(await as.facilitator.members.search({ groupId: teen.id, code: own.code })).map((m) => m.id)
			).toContain(own.id);
			expect(await codeOf(as.facilitator.members.enrol({ groupId: teen.id, memberId: own.id }))).toBe('OK');
		});
	}
);
