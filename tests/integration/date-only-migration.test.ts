import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { adminQuery, databaseUrl } from './support/postgres';

const MIGRATIONS = path.resolve('prisma/migrations');
const DATE_ONLY = '20261130040115_date_only_values';
const script = (name: string) => fs.readFileSync(path.join(MIGRATIONS, name, 'migration.sql'), 'utf8');
const before = fs
	.readdirSync(MIGRATIONS)
	.filter((name) => fs.statSync(path.join(MIGRATIONS, name)).isDirectory() && name < DATE_ONLY)
	.sort();

// Written by the old code: local midnight of the organization's zone as an instant, or UTC midnight (conflict form).
const OLD_ROWS = `
	INSERT INTO "Organization" (id, name, "timeZone", "updatedAt") VALUES
		('sh', 'Shanghai', 'Asia/Shanghai', now()), ('ny', 'New York', 'America/New_York', now()),
		('be', 'Berlin', 'Europe/Berlin', now());
	INSERT INTO "Group" (id, "organizationId", name, theme, "plannedSessionCount", "updatedAt", "startDate") VALUES
		('g-sh', 'sh', 'a', 'CUSTOM', 1, now(), '2026-12-13 16:00:00'),
		('g-ny', 'ny', 'b', 'CUSTOM', 1, now(), '2026-03-08 05:00:00'),
		('g-be', 'be', 'c', 'CUSTOM', 1, now(), '2026-10-24 22:00:00'),
		('g-utc', 'ny', 'd', 'CUSTOM', 1, now(), '2026-12-14 00:00:00'),
		('g-none', 'sh', 'e', 'CUSTOM', 1, now(), NULL);
	INSERT INTO "Member" (id, "organizationId", code, "updatedAt", "consentDate") VALUES
		('m-sh', 'sh', 'M-1', now(), '2026-02-28 16:00:00'), ('m-ny', 'ny', 'M-1', now(), '2026-11-01 04:00:00');
`;
const READ = `SELECT id, to_char(d, 'YYYY-MM-DD') AS day FROM (
	SELECT id, "startDate" AS d FROM "Group" UNION ALL SELECT id, "consentDate" FROM "Member") x ORDER BY id`;
const EXPECTED = [
	{ id: 'g-be', day: '2026-10-25' },
	{ id: 'g-none', day: null },
	{ id: 'g-ny', day: '2026-03-08' },
	{ id: 'g-sh', day: '2026-12-14' },
	{ id: 'g-utc', day: '2026-12-14' },
	{ id: 'm-ny', day: '2026-11-01' },
	{ id: 'm-sh', day: '2026-03-01' }
];

describe('the date-only migration', () => {
	it('keeps every stored start and consent date on PGlite', async () => {
		const db = new PGlite();
		for (const name of before) await db.exec(script(name));
		await db.exec(OLD_ROWS);
		await db.exec(script(DATE_ONLY));
		expect((await db.query(READ)).rows).toEqual(EXPECTED);
		await db.close();
	});

	it('keeps every stored start and consent date on PostgreSQL', async () => {
		const name = `gw_it_${randomBytes(6).toString('hex')}`;
		await adminQuery(`CREATE DATABASE ${name}`);
		const client = new pg.Client({ connectionString: databaseUrl(name) });
		await client.connect();
		try {
			for (const migration of before) await client.query(script(migration));
			await client.query(OLD_ROWS);
			await client.query(script(DATE_ONLY));
			expect((await client.query(READ)).rows).toEqual(EXPECTED);
		} finally {
			await client.end();
			await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		}
	});
});
