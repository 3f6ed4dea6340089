// Valid-shaped inputs generated from a procedure's zod schemas (zod 4 exposes each schema's definition as
// `_zod.def`), and every leaf of such an input, so that a corpus of bad values can be sent to every field at any
// depth of every procedure, including procedures added later.

export interface ZodLike {
	_zod: { def: Record<string, unknown> & { type: string } };
	safeParse(value: unknown): { success: boolean };
}

export function isZod(value: unknown): value is ZodLike {
	return typeof value === 'object' && value !== null && '_zod' in value && 'safeParse' in value;
}

const TEXT_CANDIDATES = [
	'Sample text',
	'x',
	'sample-key-0001',
	'2026-03-02',
	'10:00',
	'Asia/Shanghai',
	'person@example.org',
	'https://example.org/'
];
const NUMBER_CANDIDATES = [1, 2, 3, 5, 0, 10, 30, 60, 100, 1990, 2026, -1, -2, 0.5];
const SAMPLE_DATE = new Date('2026-03-02T10:00:00.000Z');

const first = (schema: ZodLike, candidates: unknown[]) =>
	candidates.find((c) => c !== undefined && schema.safeParse(c).success) ??
	candidates.find((c) => c !== undefined);

/** A value that `schema` accepts where one can be found; `ids` gives real ids by field name. */
export function sampleOf(schema: ZodLike, key: string, ids: Record<string, string>, depth = 0): unknown {
	const def = schema._zod.def;
	const inner = (s: unknown, k = key) => sampleOf(s as ZodLike, k, ids, depth + 1);
	if (depth > 12) return undefined;
	switch (def.type) {
		case 'optional':
		case 'nullable':
		case 'default':
		case 'prefault':
		case 'readonly':
		case 'catch':
		case 'nonoptional':
			return inner(def.innerType);
		case 'pipe': {
			const from = def.in as ZodLike;
			return from._zod.def.type === 'transform' ? inner(def.out) : inner(from);
		}
		case 'lazy':
			return inner((def.getter as () => unknown)());
		case 'object':
			return Object.fromEntries(
				Object.entries(def.shape as Record<string, ZodLike>)
					.map(([k, field]) => [k, inner(field, k)])
					.filter(([, v]) => v !== undefined)
			);
		case 'array': {
			const singular = key.replace(/s$/, '');
			const element = inner(def.element, singular);
			const checks = (def.checks ?? []) as { _zod: { def: { check: string; minimum?: number } } }[];
			const min = checks.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 1;
			const filled = Array.from({ length: Math.max(min, 1) }, (_, n) =>
				n ? inner(def.element, `${singular}${n + 1}`) : element
			);
			return first(schema, [filled, [element], [element, inner(def.element, `${singular}2`)]]);
		}
		case 'string':
			return first(schema, [ids[key], ...TEXT_CANDIDATES]);
		case 'number':
			return first(schema, NUMBER_CANDIDATES);
		case 'boolean':
			return true;
		case 'date':
			return SAMPLE_DATE;
		case 'enum':
			return Object.values(def.entries as Record<string, unknown>)[0];
		case 'literal':
			return (def.values as unknown[])[0];
		case 'union': {
			const options = (def.options as ZodLike[]).map((o) => inner(o));
			return first(schema, options);
		}
		case 'record':
			return { [String(inner(def.keyType, 'key'))]: inner(def.valueType) };
		case 'tuple':
			return (def.items as ZodLike[]).map((item) => inner(item));
		default:
			return 'x';
	}
}

export type Path = (string | number)[];

/** Every string, number and date of an input, with its path. */
export function leavesOf(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
	if (typeof value === 'string' || typeof value === 'number' || value instanceof Date)
		return [{ path, value }];
	if (Array.isArray(value)) return value.flatMap((v, i) => leavesOf(v, [...path, i]));
	if (typeof value === 'object' && value !== null)
		return Object.entries(value).flatMap(([k, v]) => leavesOf(v, [...path, k]));
	return [];
}

/** A copy of `input` with the value at `path` replaced. */
export function replaceAt(input: unknown, path: Path, value: unknown): unknown {
	if (path.length === 0) return value;
	const [head, ...rest] = path;
	const copy = (Array.isArray(input) ? [...input] : { ...(input as object) }) as Record<
		string | number,
		unknown
	>;
	copy[head] = replaceAt(copy[head], rest, value);
	return copy;
}
