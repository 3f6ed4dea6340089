/**
 * A timestamp as PostgreSQL writes it inside JSON (`json_build_object`). Prisma stores DateTime as UTC in
 * `timestamp(3)` columns, which JSON renders without a zone ("2026-11-25T18:51:01.567"), so it is read as UTC.
 */
export function jsonDate(value: string): Date;
export function jsonDate(value: string | null): Date | null;
export function jsonDate(value: string | null): Date | null {
	if (value === null) return null;
	// A DATE column (a date-only value) arrives as 'YYYY-MM-DD': UTC midnight, as Prisma reads it.
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
	return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}
