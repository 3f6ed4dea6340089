/** A value as JSON with every object's keys in sorted order. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v
	);
}

/**
 * Whether a column read back from the database holds the library data's value. Object keys are compared in any
 * order: a jsonb column gives its keys back in its own order (shortest first), not in the order they were written,
 * so a plain JSON.stringify saw every built-in measure's answer labels as changed and rewrote them at each start.
 */
export const sameValue = (stored: unknown, wanted: unknown) => canonical(stored) === canonical(wanted);
