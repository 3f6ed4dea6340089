// The layers of src (STYLE.md), enforced: domain imports nothing of the app; server code imports domain, never
// components; pages and components import domain, i18n and the tRPC client, never $lib/server; services know
// nothing of tRPC; only src/lib/server/config.ts reads the environment. Each file gets exactly one of the
// import rules below (later entries of a flat config replace a rule's options, so each list is complete).

/** Code that runs on the server although it sits in src/routes, or wires the server itself. */
const ROUTE_SERVER_FILES = [
	'src/routes/**/+page.server.ts',
	'src/routes/**/+layout.server.ts',
	'src/routes/**/+server.ts',
	'src/routes/**/*.server.ts',
	'src/hooks.server.ts',
	'src/app.d.ts',
	// Parses the audit page's filters for its server load and its export endpoint only.
	'src/routes/(app)/admin/audit/filters.ts'
];

const env = {
	group: ['$env/*'],
	message: 'Read settings through src/lib/server/config.ts (validated once at start-up).'
};
const components = {
	group: ['$lib/components', '$lib/components/**', '**/components/**'],
	message: 'Server code does not import components: share the code through src/lib/domain or src/lib/i18n.'
};
const server = {
	group: ['$lib/server', '$lib/server/**', '**/server/**', '**/lib/server'],
	message:
		'Pages and components do not import server modules: use the tRPC client, $lib/domain, and RouterOutputs/RouterInputs from $lib/trpc/types for server types.'
};
const app = {
	group: ['$lib/*', '$lib/*/**', '$app/*', '../*', '../**'],
	message: 'src/lib/domain is pure: it imports nothing of the app (only other domain modules and libraries).'
};

const trpc = {
	group: ['@trpc/*', '**/trpc', '**/trpc/**', '$lib/trpc/**'],
	message:
		'Services know nothing of tRPC: throw AppError (src/lib/server/errors.ts); Viewer is in src/lib/domain/viewer.ts.'
};
// The input schemas live in server/schemas, shared by the routers that validate with them and the services that
// take their inferred types; a service imports nothing from the routers.
const routers = {
	group: ['**/routers', '**/routers/**'],
	message: 'Services do not import routers: input schemas and their types are in src/lib/server/schemas.'
};

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export const layerRules = [
	{ files: ['src/**/*.{ts,js,svelte}'], rules: restrict(env) },
	{
		files: ['src/lib/domain/**/*.{ts,js}'],
		rules: restrict(env, app)
	},
	{
		files: [
			'src/routes/**/*.{ts,js,svelte}',
			'src/lib/components/**/*.{ts,js,svelte}',
			'src/lib/i18n/**/*.ts'
		],
		ignores: ROUTE_SERVER_FILES,
		rules: restrict(env, server)
	},
	{
		// The client only needs the router's type; type-only imports leave no server code in the bundle.
		files: ['src/lib/trpc/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [env, { ...server, allowTypeImports: true }] }]
		}
	},
	{
		files: ['src/lib/server/**/*.ts', ...ROUTE_SERVER_FILES],
		rules: restrict(env, components)
	},
	{ files: ['src/lib/server/services/**/*.ts'], rules: restrict(env, components, trpc, routers) },
	{ files: ['src/lib/server/schemas/**/*.ts'], rules: restrict(env, components, trpc, routers) },
	{
		files: ['src/**/*.{ts,js,svelte}'],
		// Tests may hand an environment to a child process. The static-file wrapper is copied into build/ beside
		// adapter-node, which reads the same ORIGIN and PROTOCOL_HEADER variables there; the cluster entry starts
		// before the app and reads WORKERS.
		ignores: [
			'src/lib/server/config.ts',
			'src/**/*.test.ts',
			'src/lib/server/http/secure-handler.js',
			'src/lib/server/http/cluster.js'
		],
		rules: {
			'no-restricted-properties': [
				'error',
				{ object: 'process', property: 'env', message: 'Read settings through src/lib/server/config.ts.' }
			]
		}
	}
];
