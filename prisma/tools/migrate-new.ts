// npm run db:migrate:new -- <name>
// Writes the next migration: the SQL that takes a database built from the existing migrations to schema.prisma.
// A throwaway in-memory PGlite is the shadow database, so nothing has to be installed or downloaded.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { diffMigrationsToSchema } from '../../src/lib/server/db/migrate';

const name = process.argv[2]?.replace(/[^a-z0-9_]+/gi, '_').toLowerCase();
if (!name) {
	console.error('usage: npm run db:migrate:new -- <name>');
	process.exit(2);
}
const dir = path.resolve('prisma/migrations');
const schemaPath = path.resolve('prisma/schema.prisma');
const shadow = new PGlite();
const sql = await diffMigrationsToSchema(new PrismaPGlite(shadow), dir, {
	path: schemaPath,
	content: fs.readFileSync(schemaPath, 'utf8')
});
await shadow.close();
if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
	console.log('schema.prisma matches the migrations: nothing to write');
	process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const target = path.join(dir, `${stamp}_${name}`);
fs.mkdirSync(target, { recursive: true });
fs.writeFileSync(path.join(target, 'migration.sql'), sql);
fs.writeFileSync(path.join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
console.log(`wrote ${path.relative(process.cwd(), target)}/migration.sql`);
