// Runs `prisma generate` offline: Prisma's CLI probes for a native schema engine it cannot download here,
// but generate itself only needs WASM, so any executable satisfies the probe.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cli = require.resolve('prisma/build/index.js');
execFileSync(process.execPath, [cli, 'generate', '--schema', 'prisma/schema.prisma'], {
	stdio: 'inherit',
	env: {
		...process.env,
		PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/true',
		PRISMA_HIDE_UPDATE_MESSAGE: '1'
	}
});
