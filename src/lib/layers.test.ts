import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rules of eslint.config.js, run on small fixture files through ESLint's Node API: each refused import
// must be reported, each allowed one must pass, so that a rule that silently stops matching fails here.
const eslint = new ESLint();

async function problems(filePath: string, code: string) {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages.map((m) => m.ruleId);
}

const refused = (rule: string) => expect.arrayContaining([rule]);

describe('layer rules', () => {
	// Loading the configuration (and its parsers) takes seconds once.
	beforeAll(() => problems('src/lib/domain/warm-up.ts', ''), 120_000);

	it.each([
		['src/lib/domain/fixture.ts', "import { database } from '$lib/server/db';\nvoid database;"],
		['src/lib/domain/fixture.ts', "import { config } from '../server/config';\nvoid config;"],
		['src/lib/domain/fixture.ts', "import { useI18n } from '$lib/i18n';\nvoid useI18n;"],
		[
			'src/lib/components/fixture.ts',
			"import type { Viewer } from '$lib/server/trpc/context';\nexport type V = Viewer;"
		],
		['src/routes/(app)/fixture.ts', "import { database } from '$lib/server/db';\nvoid database;"],
		['src/lib/server/services/fixture.ts', "import { x } from '../../components/records/x';\nvoid x;"],
		['src/lib/trpc/fixture.ts', "import { appRouter } from '$lib/server/routers';\nvoid appRouter;"],
		[
			'src/lib/server/services/groups/fixture.ts',
			"import { notFound } from '../../trpc/errors';\nvoid notFound;"
		],
		[
			'src/lib/server/services/groups/fixture.ts',
			"import { TRPCError } from '@trpc/server';\nvoid TRPCError;"
		],
		[
			'src/lib/server/services/groups/fixture.ts',
			"import type { Viewer } from '../../trpc/context';\nexport type V = Viewer;"
		],
		[
			'src/lib/server/services/groups/fixture.ts',
			"import { groupsRouter } from '../../routers/groups/router';\nvoid groupsRouter;"
		]
	])('refuses an import across layers in %s', async (file, code) => {
		expect(await problems(file, code)).toEqual(refused('no-restricted-imports'));
	});

	it.each([
		[
			'src/lib/domain/fixture.ts',
			"import { STAGES } from './vocabularies';\nimport { z } from 'zod';\nvoid STAGES;\nvoid z;"
		],
		[
			'src/lib/components/fixture.ts',
			"import { STAGES } from '$lib/domain/vocabularies';\nimport { trpc } from '$lib/trpc/client';\nvoid STAGES;\nvoid trpc;"
		],
		[
			'src/routes/(app)/groups/+page.server.ts',
			"import { serverCaller } from '$lib/server/trpc/caller';\nvoid serverCaller;"
		],
		[
			'src/routes/(app)/groups/export/+server.ts',
			"import { database } from '$lib/server/db';\nvoid database;"
		],
		[
			'src/lib/server/services/fixture.ts',
			"import { STAGES } from '../../domain/vocabularies';\nvoid STAGES;"
		],
		['src/lib/server/services/groups/fixture.ts', "import { notFound } from '../../errors';\nvoid notFound;"],
		[
			'src/lib/server/services/groups/fixture.ts',
			"import type { X } from '../../schemas/groups/x.types';\nexport type Y = X;"
		],
		[
			'src/lib/trpc/fixture.ts',
			"import type { AppRouter } from '$lib/server/routers';\nexport type R = AppRouter;"
		]
	])('allows the layer’s own imports in %s', async (file, code) => {
		expect(await problems(file, code)).toEqual([]);
	});

	it('lets only the configuration module read process.env', async () => {
		const read = 'export const port = process.env.PORT;';
		expect(await problems('src/lib/server/db/fixture.ts', read)).toEqual(refused('no-restricted-properties'));
		expect(await problems('src/routes/fixture.ts', read)).toEqual(refused('no-restricted-properties'));
		expect(await problems('src/lib/server/config.ts', read)).toEqual([]);
	});
});
