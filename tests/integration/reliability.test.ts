// Reliability across instances and databases: the realtime bus between two processes on one PostgreSQL, and
// an organization's backup restored into another database with nothing lost. (Killing the server in the middle
// of writes needs the built app: tests/e2e/reliability.spec.ts.)
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { seedLibrary } from '../../src/lib/server/db/seed';
import {
	backupOrganization,
	BACKUP_TABLES,
	type OrganizationBackup
} from '../../src/lib/server/services/backup/backup-organization';
import { restoreOrganization } from '../../src/lib/server/services/backup/restore-organization';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { tableCounts } from './support/procedures';

const open: TestDatabase[] = [];
afterAll(async () => {
	for (const db of open) await db.close();
});
async function database(kind: (typeof DATABASE_KINDS)[number], options: { seeded?: boolean } = {}) {
	const db = await createTestDatabase(kind, options);
	open.push(db);
	return db;
}

function peer(url: string, channel: string) {
	const child = spawn(
		path.resolve('node_modules/.bin/tsx'),
		[path.resolve('tests/integration/support/bus-peer.ts'), url, channel],
		{ stdio: ['pipe', 'pipe', 'inherit'] }
	);
	const lines: string[] = [];
	const waiters: (() => void)[] = [];
	readline.createInterface({ input: child.stdout }).on('line', (line) => {
		lines.push(line);
		for (const wake of waiters.splice(0)) wake();
	});
	const next = (predicate: (line: string) => boolean, timeoutMs = 20_000) =>
		new Promise<string>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`peer said: ${lines.join(' | ')}`)), timeoutMs);
			const check = () => {
				const found = lines.find(predicate);
				if (found) {
					clearTimeout(timer);
					resolve(found);
				} else waiters.push(check);
			};
			check();
		});
	const exited = new Promise((resolve) => child.once('exit', resolve));
	return { child, lines, next, exited, stop: () => child.stdin.end() };
}

describe('realtime bus across two instances on one PostgreSQL', () => {
	it('delivers a change published by one process to a subscriber of another, both ways, once', async () => {
		// Both buses live in processes of their own (as two servers would), so that their connections are
		// closed before the database is dropped.
		const db = await database('postgres');
		const channel = `plan:test-${Date.now()}`;
		const one = peer(db.url!, channel);
		const two = peer(db.url!, channel);
		try {
			await one.next((l) => l === 'ready');
			await two.next((l) => l === 'ready');
			one.child.stdin.write(JSON.stringify({ sessionId: 's1', version: 2 }) + '\n');
			expect(JSON.parse(await two.next((l) => l.includes('"version":2')))).toEqual({
				sessionId: 's1',
				version: 2
			});
			two.child.stdin.write(JSON.stringify({ sessionId: 's1', version: 3 }) + '\n');
			expect(JSON.parse(await one.next((l) => l.includes('"version":3')))).toEqual({
				sessionId: 's1',
				version: 3
			});
			// Each subscriber hears each change once: the publisher's own notification is not delivered again.
			// PostgreSQL delivers notifications in commit order, so once a later change from one has reached the
			// other, any echo of an earlier change would already have arrived (instead of waiting a fixed time).
			one.child.stdin.write(JSON.stringify({ sessionId: 's1', version: 4 }) + '\n');
			await two.next((l) => l.includes('"version":4'));
			two.child.stdin.write(JSON.stringify({ sessionId: 's1', version: 5 }) + '\n');
			await one.next((l) => l.includes('"version":5'));
			for (const p of [one, two])
				for (const version of [2, 3])
					expect(p.lines.filter((l) => l.includes(`"version":${version}`))).toHaveLength(1);
		} finally {
			one.stop();
			two.stop();
			await Promise.all([one.exited, two.exited]);
		}
	});
});

/** A table's rows of the organization, library ids replaced by their keys, in a stable order. */
function normalized(backup: OrganizationBackup) {
	const keys = new Map([
		...Object.entries(backup.library.activities).map(([id, key]) => [id, `activity:${key}`] as const),
		...Object.entries(backup.library.measures).map(([id, key]) => [id, `measure:${key}`] as const)
	]);
	let text = JSON.stringify(backup.tables);
	for (const [id, key] of keys) text = text.replaceAll(`"${id}"`, `"${key}"`);
	const tables = JSON.parse(text) as OrganizationBackup['tables'];
	return Object.fromEntries(
		Object.entries(tables).map(([table, rows]) => [table, rows.map((r) => JSON.stringify(r)).sort()])
	);
}

describe.each(DATABASE_KINDS)('backup and restore (%s)', (kind) => {
	it('restores an organization into another database with every row of every table', async () => {
		const source = await database(kind, { seeded: true });
		const world = await demoWorld(source.prisma);
		const backup = await backupOrganization(source.prisma, world.organizationId);
		// The demo has rows in every area: none of these may be empty, or the comparison proves little.
		for (const table of [
			'Group',
			'Member',
			'Session',
			'PlanItem',
			'Attendance',
			'InteractionNote',
			'MeasureResponse',
			'account'
		])
			expect(backup.tables[table]?.length ?? 0, table).toBeGreaterThan(0);
		expect(Object.keys(backup.library.activities).length).toBeGreaterThan(0);
		// Survives a trip through a file.
		const fromFile = JSON.parse(JSON.stringify(backup)) as OrganizationBackup;

		const target = await database(kind);
		await seedLibrary(target.prisma); // the target's built-in rows have their own ids
		const result = await restoreOrganization(target.prisma, fromFile);
		expect(result.organizationId).toBe(world.organizationId);

		const restored = await backupOrganization(target.prisma, world.organizationId);
		const before = normalized(backup);
		const after = normalized(restored);
		expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
		for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
		for (const { table } of BACKUP_TABLES)
			if (backup.tables[table]) expect(result.rows[table], table).toBe(backup.tables[table].length);

		// The other organization stayed behind, and restoring again is refused without changing anything.
		expect(await target.prisma.organization.count()).toBe(1);
		const counts = await tableCounts(target.prisma);
		await expect(restoreOrganization(target.prisma, fromFile)).rejects.toThrow(/already exists/);
		expect(await tableCounts(target.prisma)).toEqual(counts);
	});
});
