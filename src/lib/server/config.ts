/**
 * The app's settings, read from the environment once and validated, so that a wrong value stops the start-up
 * with the variable's name instead of surfacing later as a confusing failure. The only reader of process.env
 * in src (a lint rule keeps it so). README's "Settings" table documents each variable.
 */
import path from 'node:path';
import { z } from 'zod';

/** Unset and empty are the same: deployment files often pass `VAR=` for "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema);

const envSchema = z.object({
	NODE_ENV: optional(z.string().optional()),
	DATABASE_URL: optional(
		z
			.string()
			.trim()
			.regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
			.optional()
	),
	DATA_DIR: optional(z.string().trim().default('./data')),
	MIGRATIONS_DIR: optional(z.string().trim().default('prisma/migrations')),
	ORIGIN: optional(z.url('must be a URL such as https://groups.example.org').optional()),
	BETTER_AUTH_SECRET: optional(
		z.string().min(32, 'must be at least 32 characters (openssl rand -hex 32)').optional()
	),
	SEED_DEMO: optional(z.enum(['true', 'false'], 'must be true or false').default('true')),
	SIGN_IN_RATE_LIMIT: optional(
		z.coerce
			.number('must be a whole number')
			.int('must be a whole number')
			.min(1, 'must be at least 1')
			.max(100_000, 'must be at most 100000')
			.default(10)
	),
	// Empty is meaningful here (no startup options, for a pooler that refuses them), so only unset takes the default.
	PG_OPTIONS: z.string().default('-c jit=off'),
	SERVER_TIMING: optional(z.enum(['0', '1'], 'must be 0 or 1').default('0'))
});

export interface Config {
	production: boolean;
	/** Set: a PostgreSQL server; unset: embedded PGlite in `dataDir`. */
	databaseUrl: string | undefined;
	/** Absolute. */
	dataDir: string;
	/** Absolute. */
	migrationsDir: string;
	origin: string | undefined;
	betterAuthSecret: string | undefined;
	seedDemo: boolean;
	signInRateLimit: number;
	pgOptions: string;
	/** Answers carry a Server-Timing header (off by default: timings can tell an outsider what a request did). */
	serverTiming: boolean;
}

export class ConfigError extends Error {
	constructor(public readonly problems: string[]) {
		super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ConfigError';
	}
}

/** Validates an environment; throws a ConfigError naming every wrong variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
	const parsed = envSchema.safeParse(env);
	if (!parsed.success) {
		throw new ConfigError(
			parsed.error.issues.map((issue) => {
				const name = String(issue.path[0]);
				return `${name}=${JSON.stringify(env[name])}: ${issue.message}`;
			})
		);
	}
	const e = parsed.data;
	return {
		production: e.NODE_ENV === 'production',
		databaseUrl: e.DATABASE_URL,
		dataDir: path.resolve(e.DATA_DIR),
		migrationsDir: path.resolve(e.MIGRATIONS_DIR),
		origin: e.ORIGIN,
		betterAuthSecret: e.BETTER_AUTH_SECRET,
		seedDemo: e.SEED_DEMO === 'true',
		signInRateLimit: e.SIGN_IN_RATE_LIMIT,
		pgOptions: e.PG_OPTIONS,
		serverTiming: e.SERVER_TIMING === '1'
	};
}

let current: Config | undefined;

/** The process's settings, read on first use (the server's start-up opens the database, which reads them). */
export function config(): Config {
	current ??= parseConfig(process.env);
	return current;
}
