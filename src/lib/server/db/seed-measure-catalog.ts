import { BUILT_IN_MEASURES, type BuiltInMeasure } from '../../domain/measure-catalog';
import type { Prisma, PrismaClient } from './generated/client';
import { sameValue } from './same-value';

const FIELDS = Object.keys(BUILT_IN_MEASURES[0]).filter((f) => f !== 'key') as (keyof BuiltInMeasure)[];

function rowOf({ key: _key, answerLabels, ...m }: BuiltInMeasure) {
	return { ...m, answerLabels: answerLabels as unknown as Prisma.InputJsonValue };
}

/**
 * Brings the database's built-in instruments in line with the catalog (`measure-catalog.ts`), matched by key:
 * missing ones are inserted, changed ones updated in place (same id, so responses keep their instrument). The
 * catalog is the one truth of their wording, answer labels, sources and published norms; an organization's own
 * values for a built-in scale live in MeasureNorms and are not touched.
 */
export async function upsertBuiltInMeasures(prisma: PrismaClient, catalog = BUILT_IN_MEASURES) {
	const existing = new Map(
		(
			await prisma.measure.findMany({
				where: { organizationId: null, key: { in: catalog.map((m) => m.key) } }
			})
		).map((row) => [row.key, row])
	);
	const missing = catalog.filter((m) => !existing.has(m.key));
	const changed = catalog.filter((m) => {
		const row = existing.get(m.key) as Record<string, unknown> | undefined;
		return row && FIELDS.some((f) => !sameValue(row[f], m[f]));
	});
	if (missing.length > 0)
		// skipDuplicates: another instance starting at the same time may insert them first.
		await prisma.measure.createMany({
			data: missing.map((m) => ({ ...rowOf(m), key: m.key, organizationId: null })),
			skipDuplicates: true
		});
	for (const m of changed) {
		await prisma.measure.updateMany({ where: { key: m.key, organizationId: null }, data: rowOf(m) });
	}
	return { inserted: missing.length, updated: changed.length };
}
