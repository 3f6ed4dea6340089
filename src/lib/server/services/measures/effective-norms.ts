import { Prisma } from '../../db/generated/client';

const useOwn = (column: string) => Prisma.raw(`o."${column}" IS NOT NULL`);
const populationOwn = Prisma.raw(
	`(o."functionalMean" IS NOT NULL OR o."functionalSd" IS NOT NULL OR o."clinicalMean" IS NOT NULL OR o."clinicalSd" IS NOT NULL)`
);
/** A value and the fields that describe it come from the same row, so a source never labels another's value. */
const pick = (when: Prisma.Sql, column: string) =>
	Prisma.raw(`CASE WHEN ${when.text} THEN o."${column}" ELSE m."${column}" END AS "${column}"`);

/**
 * The measures one organization sees, each with its effective norms: the organization's own values for a built-in
 * scale (MeasureNorms) where it set them, else the scale's own. Every figure that uses a reliability, an SD or
 * population norms reads measures through this derived table, so an organization's override reaches all of them
 * and never another organization's figures. Use as `FROM ${measuresWithNorms(org)} m`.
 */
export function measuresWithNorms(organizationId: string) {
	const rel = useOwn('reliability');
	const sd = useOwn('sd');
	return Prisma.sql`(
		SELECT m.id, m."organizationId", m.key, m.kind, m."nameZh", m."nameEn", m.items, m."itemMin", m."itemMax",
			m."higherIsBetter", m."createdAt", m."promptZh", m."promptEn", m."answerLabels", m.source,
			${pick(rel, 'reliability')}, ${pick(rel, 'reliabilityKind')}, ${pick(rel, 'reliabilitySource')},
			${pick(sd, 'sd')}, ${pick(sd, 'sdSource')},
			${pick(populationOwn, 'functionalMean')}, ${pick(populationOwn, 'functionalSd')},
			${pick(populationOwn, 'clinicalMean')}, ${pick(populationOwn, 'clinicalSd')},
			${pick(populationOwn, 'normSource')},
			(o.id IS NOT NULL) AS "orgNorms"
		FROM "Measure" m
		LEFT JOIN "MeasureNorms" o ON o."measureId" = m.id AND o."organizationId" = ${organizationId}
		WHERE m."organizationId" IS NULL OR m."organizationId" = ${organizationId}
	)`;
}
