import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { adminQuery, databaseUrl } from './support/postgres';

const MIGRATIONS = path.resolve('prisma/migrations');
const TAG_KEYS = '20261130070000_observation_tag_keys';
const script = (name: string) => fs.readFileSync(path.join(MIGRATIONS, name, 'migration.sql'), 'utf8');
const before = fs
	.readdirSync(MIGRATIONS)
	.filter((name) => fs.statSync(path.join(MIGRATIONS, name)).isDirectory() && name < TAG_KEYS)
	.sort();

// Written by the old code: the suggested tags as labels in the writer's language, beside tags of their own.
const OLD_ROWS = `
	INSERT INTO "Organization" (id, name, "updatedAt") VALUES ('org', 'Org', now());
	INSERT INTO "Group" (id, "organizationId", name, theme, "plannedSessionCount", "updatedAt") VALUES
		('g', 'org', 'g', 'CUSTOM', 1, now());
	INSERT INTO "Session" (id, "organizationId", "groupId", number, stage, "scheduledAt", "plannedMinutes", "updatedAt")
		VALUES ('s', 'org', 'g', 1, 'BEGINNING', now(), 90, now());
	INSERT INTO "Observation" (id, "organizationId", "groupId", "sessionId", note, tags, "createdById") VALUES
		('zh', 'org', 'g', 's', 'a', ARRAY['同伴关系', '互助', '参与度'], 'u'),
		('en', 'org', 'g', 's', 'b', ARRAY['Peer relations', 'group climate'], 'u'),
		('both', 'org', 'g', 's', 'c', ARRAY['进步', 'focus', 'progress'], 'u'),
		('own', 'org', 'g', 's', 'd', ARRAY['代际'], 'u'),
		('none', 'org', 'g', 's', 'e', ARRAY[]::text[], 'u');
`;
const READ = `SELECT id, tags FROM "Observation" ORDER BY id`;
const EXPECTED = [
	{ id: 'both', tags: ['PROGRESS', 'focus'] },
	{ id: 'en', tags: ['PEER_RELATIONS', 'GROUP_CLIMATE'] },
	{ id: 'none', tags: [] },
	{ id: 'own', tags: ['代际'] },
	{ id: 'zh', tags: ['PEER_RELATIONS', '互助', 'PARTICIPATION'] }
];

describe('the observation tag keys migration', () => {
	it('turns suggested tags in either language into keys and keeps a person’s own tags, on PGlite', async () => {
		const db = new PGlite();
		for (const name of before) await db.exec(script(name));
		await db.exec(OLD_ROWS);
		await db.exec(script(TAG_KEYS));
		expect((await db.query(READ)).rows).toEqual(EXPECTED);
		await db.close();
	});

	it('turns suggested tags in either language into keys and keeps a person’s own tags, on PostgreSQL', async () => {
		const name = `gw_it_${randomBytes(6).toString('hex')}`;
		await adminQuery(`CREATE DATABASE ${name}`);
		const client = new pg.Client({ connectionString: databaseUrl(name) });
		await client.connect();
		try {
			for (const migration of before) await client.query(script(migration));
			await client.query(OLD_ROWS);
			await client.query(script(TAG_KEYS));
			expect((await client.query(READ)).rows).toEqual(EXPECTED);
		} finally {
			await client.end();
			await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		}
	});
});
