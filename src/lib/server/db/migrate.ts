import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
	bindMigrationAwareSqlAdapterFactory,
	type SqlDriverAdapter,
	type SqlMigrationAwareDriverAdapterFactory
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';

const noFilters = { externalTables: [], externalEnums: [] };

type Glue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
let glue: Promise<Glue> | undefined;

/**
 * Instantiates the WASM module once per process: the wasm-bindgen glue caches views of the module's memory,
 * so a second instantiation would leave it reading the first one's memory.
 */
function loadGlue(): Promise<Glue> {
	glue ??= (async () => {
		// The WASM build reports a panic's message through this global before it throws.
		const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
		registry.PRISMA_WASM_PANIC_REGISTRY ??= {
			set_message: (message) => console.error(`Prisma schema engine panicked: ${message}`)
		};
		const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
		const require = createRequire(import.meta.url);
		const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
		const wasmBytes = fs.readFileSync(path.join(path.dirname(bgPath), 'schema_engine_bg.wasm'));
		const { instance } = await WebAssembly.instantiate(wasmBytes, { './schema_engine_bg.js': bg });
		bg.__wbg_set_wasm(instance.exports);
		(instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
		return bg;
	})();
	return glue;
}

interface ScriptDriver {
	exec?: (script: string) => Promise<unknown>;
	query?: (script: string) => Promise<unknown>;
}

/**
 * Runs a migration script whole, as `prisma migrate deploy` does. The pg adapter splits scripts on every `;`
 * (which breaks a function body) and the PGlite adapter does not await its script (a failing migration would
 * be recorded as applied). PGlite's `exec` and pg's parameterless `query` both run a multi-statement script.
 */
function runScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
	const withDriver = adapter as { underlyingDriver?: () => unknown; client?: unknown };
	const driver = (withDriver.underlyingDriver?.() ?? withDriver.client) as ScriptDriver | undefined;
	const run = driver?.exec ?? driver?.query;
	if (!driver || !run) return adapter;
	// The adapter's own error mapping gives the schema engine the database's message and code.
	const mapError = (adapter as { onError?: (error: unknown) => never }).onError?.bind(adapter);
	adapter.executeScript = async (script) => {
		try {
			await run.call(driver, script);
		} catch (error) {
			if (mapError) mapError(error);
			throw error;
		}
	};
	return adapter;
}

function wholeScriptFactory(
	factory: SqlMigrationAwareDriverAdapterFactory
): SqlMigrationAwareDriverAdapterFactory {
	return {
		provider: factory.provider,
		adapterName: factory.adapterName,
		connect: async () => runScriptsWhole(await factory.connect()),
		connectToShadowDb: async () => runScriptsWhole(await factory.connectToShadowDb())
	};
}

/**
 * Prisma's schema engine in WASM: the same engine as `prisma migrate deploy`, without the native binary
 * that cannot be downloaded here. Migrations stay Prisma-format folders recorded in `_prisma_migrations`.
 */
export async function openSchemaEngine(
	adapterFactory: SqlMigrationAwareDriverAdapterFactory,
	datamodel?: { path: string; content: string }
): Promise<SchemaEngine> {
	const bg = await loadGlue();
	const datamodels: [string, string][] | undefined = datamodel
		? [[datamodel.path, datamodel.content]]
		: undefined;
	return bg.SchemaEngine.new(
		{ datamodels },
		() => {},
		bindMigrationAwareSqlAdapterFactory(wholeScriptFactory(adapterFactory))
	);
}

export function readMigrations(dir: string): MigrationList {
	const names = fs.existsSync(dir)
		? fs
				.readdirSync(dir, { withFileTypes: true })
				.filter((entry) => entry.isDirectory())
				.map((entry) => entry.name)
				.sort()
		: [];
	return {
		baseDir: dir,
		lockfile: { path: 'migration_lock.toml', content: 'provider = "postgresql"\n' },
		shadowDbInitScript: '',
		migrationDirectories: names.map((name) => ({
			path: name,
			migrationFile: {
				path: 'migration.sql',
				content: { tag: 'ok', value: fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') }
			}
		}))
	};
}

/** Applies every migration not yet recorded; running it again applies nothing. */
export async function applyMigrations(
	adapterFactory: SqlMigrationAwareDriverAdapterFactory,
	dir: string
): Promise<string[]> {
	const engine = await openSchemaEngine(adapterFactory);
	try {
		const result = await engine.applyMigrations({ migrationsList: readMigrations(dir), filters: noFilters });
		return result.appliedMigrationNames;
	} finally {
		engine.free();
	}
}

/** SQL that takes a database built from the migrations to the schema in `schema.prisma`. */
export async function diffMigrationsToSchema(
	shadowAdapterFactory: SqlMigrationAwareDriverAdapterFactory,
	dir: string,
	schema: { path: string; content: string }
): Promise<string> {
	const engine = await openSchemaEngine(shadowAdapterFactory, schema);
	try {
		const result = await engine.diff({
			from: { tag: 'migrations', ...readMigrations(dir) },
			to: { tag: 'schemaDatamodel', files: [schema] },
			script: true,
			exitCode: null,
			filters: noFilters
		});
		return (result as { stdout?: string }).stdout ?? '';
	} finally {
		engine.free();
	}
}
