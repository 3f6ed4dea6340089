// npm run db:rebuild-summaries
// Recomputes the summaries the supervisor's comparison and statistics read (GroupSummary, ChangeSummary,
// GroupMonthSummary, MonthSummary) from the source rows of the database (DATABASE_URL, or PGlite in DATA_DIR),
// in one transaction. Migrates first, as the other db:* commands do.
import { databaseTargetFromEnv, migrationsDir } from '../../src/lib/server/db/config';
import { openDatabase } from '../../src/lib/server/db/client';
import { applyMigrations } from '../../src/lib/server/db/migrate';
import { rebuildSummaries } from '../../src/lib/server/services/summaries/rebuild-summaries';

const db = await openDatabase(databaseTargetFromEnv());
try {
	await applyMigrations(db.adapterFactory, migrationsDir());
	const started = performance.now();
	const { groups } = await rebuildSummaries(db.prisma);
	console.log(`rebuilt the summaries of ${groups} groups in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
	console.error(`rebuild failed, nothing was changed: ${(error as Error).message}`);
	process.exitCode = 1;
} finally {
	await db.close();
}
