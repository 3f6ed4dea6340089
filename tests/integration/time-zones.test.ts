import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { expect, it, vi } from 'vitest';
import { dateOnly, zonedIso } from '../../src/lib/domain/dates';
import { buildSessionsIcs } from '../../src/lib/server/services/exports/sessions-ics';
import { comparisonCsv } from '../../src/lib/server/services/supervision/comparison-csv';
import { onEachDatabase } from './support/databases';
import { callerFor, demoWorld } from './support/callers';

type World = Awaited<ReturnType<typeof demoWorld>> & { db: { prisma: Parameters<typeof callerFor>[0] } };

/** Moves the demo organization to another zone; callers are built afresh, as each request builds its viewer. */
async function inZone(w: World, timeZone: string) {
	await w.as.admin.organization.update({
		name: '阳光社工服务中心',
		defaultLocale: 'zh-CN',
		timeZone,
		defaultSessionMinutes: 90,
		customThemes: []
	});
	const as = async (user: string) => callerFor(w.db.prisma, w.users[user]);
	return {
		facilitator: await as('facilitator'),
		supervisor: await as('supervisor'),
		admin: await as('admin')
	};
}

function design(
	w: World,
	schedule: { startDate: string; weekday: number; startTime: string; sessionCount: number }
) {
	return {
		name: `时区小组 ${schedule.startDate} ${schedule.startTime}`,
		theme: 'CARER_SUPPORT' as const,
		targetPopulation: '照顾者',
		background: '',
		needs: '',
		strengths: '',
		goals: ['减轻照顾压力'],
		recruitmentCriteria: '',
		evaluationMethod: '',
		venue: '',
		capacity: 10,
		sessionMinutes: 60,
		leaders: [{ userId: w.users.facilitator, role: 'LEAD' as const }],
		fromTemplate: false,
		...schedule
	};
}

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

onEachDatabase(
	'time zones: one story for dates',
	(db) => demoWorld(db.prisma),
	(world) => {
		it('schedules weekly sessions at the same wall-clock time across daylight saving changes', async () => {
			const w = world() as World;
			const cases = [
				{
					zone: 'America/New_York',
					schedule: { startDate: '2026-03-01', weekday: 0, startTime: '06:00', sessionCount: 3 },
					expected: ['2026-03-01T11:00:00.000Z', '2026-03-08T10:00:00.000Z', '2026-03-15T10:00:00.000Z']
				},
				{
					zone: 'America/New_York',
					schedule: { startDate: '2026-10-25', weekday: 0, startTime: '03:00', sessionCount: 2 },
					expected: ['2026-10-25T07:00:00.000Z', '2026-11-01T08:00:00.000Z']
				},
				{
					zone: 'Europe/Berlin',
					schedule: { startDate: '2026-03-22', weekday: 0, startTime: '01:30', sessionCount: 2 },
					expected: ['2026-03-22T00:30:00.000Z', '2026-03-29T00:30:00.000Z']
				},
				{
					zone: 'Europe/Berlin',
					schedule: { startDate: '2026-10-18', weekday: 0, startTime: '01:30', sessionCount: 3 },
					expected: ['2026-10-17T23:30:00.000Z', '2026-10-24T23:30:00.000Z', '2026-11-01T00:30:00.000Z']
				},
				{
					zone: 'Asia/Shanghai',
					schedule: { startDate: '2026-12-14', weekday: 1, startTime: '07:00', sessionCount: 2 },
					expected: ['2026-12-13T23:00:00.000Z', '2026-12-20T23:00:00.000Z']
				}
			];
			for (const { zone, schedule, expected } of cases) {
				const as = await inZone(w, zone);
				const { id } = await as.facilitator.groups.create(design(w, schedule));
				const group = await as.facilitator.groups.get({ groupId: id });
				expect(iso(group.sessions.map((s) => s.scheduledAt))).toEqual(expected);
				// The start date is a date: the same one comes back, whatever the zone.
				expect(group.startDate?.toISOString()).toBe(`${schedule.startDate}T00:00:00.000Z`);
				expect((await as.facilitator.groups.forEdit({ groupId: id })).startDate).toBe(schedule.startDate);
			}
		});

		it('writes the calendar in the organization’s zone, with its TZID and VTIMEZONE', async () => {
			const w = world() as World;
			for (const [zone, schedule, starts] of [
				[
					'America/New_York',
					{ startDate: '2026-03-01', weekday: 0, startTime: '06:00', sessionCount: 2 },
					['20260301T060000', '20260308T060000']
				],
				[
					'Europe/Berlin',
					{ startDate: '2026-10-18', weekday: 0, startTime: '01:30', sessionCount: 3 },
					['20261018T013000', '20261025T013000', '20261101T013000']
				],
				[
					'Asia/Shanghai',
					{ startDate: '2026-12-14', weekday: 1, startTime: '19:00', sessionCount: 1 },
					['20261214T190000']
				]
			] as const) {
				const as = await inZone(w, zone);
				const { id } = await as.facilitator.groups.create(design(w, schedule));
				const ics = buildSessionsIcs(await as.facilitator.groups.planDocument({ groupId: id }), 'en');
				expect(ics).toContain(`BEGIN:VTIMEZONE\r\nTZID:${zone}`);
				expect(ics.match(/DTSTART;TZID[^\r\n]*/g)).toEqual(starts.map((s) => `DTSTART;TZID=${zone}:${s}`));
			}
		});

		it('writes a group’s start date into the comparison CSV as the date it is, in every zone', async () => {
			const w = world() as World;
			for (const zone of ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York']) {
				const as = await inZone(w, zone);
				const schedule = { startDate: '2026-12-14', weekday: 1, startTime: '18:00', sessionCount: 1 };
				const { id } = await as.facilitator.groups.create({ ...design(w, schedule), name: `对比 ${zone}` });
				const comparison = await as.supervisor.supervision.compare({
					themes: ['CARER_SUPPORT'],
					from: '2026-12-14',
					to: '2026-12-14'
				});
				expect(comparison.groups.map((g) => g.id)).toContain(id);
				const row = comparisonCsv(comparison, 'en')
					.split('\r\n')
					.find((line) => line.startsWith(`对比 ${zone},`));
				expect(row?.split(',')[4]).toBe('2026-12-14');
			}
		});

		it('counts the statistics’ days and months in the organization’s zone on the days the clocks change', async () => {
			const w = world() as World;
			const done = async (as: Awaited<ReturnType<typeof inZone>>, schedule: Parameters<typeof design>[1]) => {
				const { id } = await as.facilitator.groups.create(design(w, schedule));
				await w.db.prisma.session.updateMany({ where: { groupId: id }, data: { status: 'DONE' } });
			};
			const sessions = (rows: { theme: string; month: string; sessions: number }[]) =>
				rows.filter((r) => r.theme === 'CARER_SUPPORT').map((r) => [r.month, r.sessions]);

			// New York, 2026-11-01 has 25 hours: a session at 23:30 is still on that day.
			let as = await inZone(w, 'America/New_York');
			await done(as, { startDate: '2026-11-01', weekday: 0, startTime: '23:30', sessionCount: 1 });
			expect(
				sessions(await as.supervisor.supervision.statistics({ from: '2026-11-01', to: '2026-11-01' }))
			).toEqual([['2026-11', 1]]);
			// 22:00 on 31 March in New York is April in UTC, March in the organization's months.
			await done(as, { startDate: '2026-03-31', weekday: 2, startTime: '22:00', sessionCount: 1 });
			expect(
				sessions(await as.supervisor.supervision.statistics({ from: '2026-03-31', to: '2026-04-30' }))
			).toEqual([['2026-03', 1]]);

			// Berlin, 2026-03-29 has 23 hours: a session at 00:30 the next day is not on it.
			as = await inZone(w, 'Europe/Berlin');
			await done(as, { startDate: '2026-03-30', weekday: 1, startTime: '00:30', sessionCount: 1 });
			expect(
				sessions(await as.supervisor.supervision.statistics({ from: '2026-03-29', to: '2026-03-29' }))
			).toEqual([]);
			expect(
				sessions(await as.supervisor.supervision.statistics({ from: '2026-03-30', to: '2026-03-30' }))
			).toEqual([['2026-03', 1]]);
		});

		it('dates a first consent on the organization’s day, not the UTC day', async () => {
			const w = world() as World;
			await inZone(w, 'Asia/Shanghai');
			const member = await w.db.prisma.member.findFirstOrThrow({
				where: { organizationId: w.organizationId, enrollments: { some: { groupId: w.teen.id } } }
			});
			await w.db.prisma.member.update({ where: { id: member.id }, data: { consentDate: null } });
			const facilitator = await callerFor(w.db.prisma, w.users.facilitator);
			// 23:30 UTC on 14 December is already 07:30 on 15 December in Shanghai.
			vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-14T23:30:00Z') });
			try {
				await facilitator.records.updateConsent({
					memberId: member.id,
					version: member.version,
					scopes: ['PARTICIPATION', 'NOTES', 'MEASURES', 'PHOTOS']
				});
			} finally {
				vi.useRealTimers();
			}
			const after = await w.db.prisma.member.findUniqueOrThrow({ where: { id: member.id } });
			expect(after.consentDate?.toISOString()).toBe('2026-12-15T00:00:00.000Z');
		});

		it('writes instants of the archive and audit CSVs in the organization’s zone, and date-only values as dates', async () => {
			const w = world() as World;
			const zone = 'America/New_York';
			await inZone(w, zone);
			const conflict = await w.db.prisma.conflictLog.findFirstOrThrow({ where: { groupId: w.elder.id } });
			await w.db.prisma.conflictLog.update({
				where: { id: conflict.id },
				data: { followUpAt: dateOnly('2026-12-14') }
			});
			const group = await w.db.prisma.group.findUniqueOrThrow({ where: { id: w.elder.id } });
			const coleader = await callerFor(w.db.prisma, w.users.coleader);
			await coleader.archive.close({ groupId: w.elder.id, closingSummary: '结案', version: group.version });
			const supervisor = await callerFor(w.db.prisma, w.users.supervisor);
			const archive = await supervisor.archive.export({ groupId: w.elder.id });
			const files = unzipSync(new Uint8Array(Buffer.from(archive.base64, 'base64')));
			const rows = (name: string) =>
				Papa.parse<string[]>(
					new TextDecoder()
						.decode(files[name])
						.replace(/^\uFEFF/, '')
						.trim()
				).data.slice(1);
			const sessions = await w.db.prisma.session.findMany({
				where: { groupId: w.elder.id },
				orderBy: { number: 'asc' },
				select: { scheduledAt: true }
			});
			const scheduled = rows('sessions.csv').map((r) => r[3]);
			expect(scheduled).toEqual(sessions.map((s) => zonedIso(s.scheduledAt, zone)));
			expect(scheduled[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-0[45]:00$/);
			expect(rows('conflicts.csv').map((r) => r.at(-1))).toContain('2026-12-14');

			const audit = await (await inZone(w, zone)).admin.audit.exportCsv({});
			const firstTime = audit.csv
				.replace(/^\uFEFF/, '')
				.split('\r\n')[1]
				.split(',')[0];
			expect(firstTime).toMatch(/-0[45]:00$/);
		});
	}
);
