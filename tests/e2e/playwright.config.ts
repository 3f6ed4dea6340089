import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;
// A fresh data directory per run: the app migrates and seeds it at start-up, as on a new machine.
const dataDir = process.env.E2E_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gw-e2e-'));
// Debian's headless shell (package chromium-headless-shell) where installed: the same Blink as /usr/bin/chromium, and
// what Playwright itself runs headless by default, without the full browser that `--headless` starts; the same page
// visits and screenshots took about a third less of the browser's CPU. CHROMIUM_PATH names another browser.
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const chromiumPath =
	process.env.CHROMIUM_PATH ?? (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

export default defineConfig({
	testDir: '.',
	// run-each.sh gives every spec its own folder, so that one run does not wipe another's failure artifacts.
	outputDir: process.env.E2E_OUTPUT_DIR ?? '../../test-results',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		...devices['iPad (gen 7) landscape'],
		browserName: 'chromium',
		baseURL,
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai',
		// A trace records every action of every test; CI retries a failure once and keeps the retry's trace.
		trace: 'on-first-retry',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: chromiumPath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	// A spec that starts every server it talks to itself (support/server-process.ts) says so in a line of its own,
	// `// e2e: own servers`; run-each.sh then sets E2E_OWN_SERVERS and no server is started for it here.
	webServer: process.env.E2E_OWN_SERVERS
		? undefined
		: {
				command: 'node build',
				cwd: path.resolve(import.meta.dirname, '../..'),
				url: `${baseURL}/sign-in`,
				timeout: 180_000,
				reuseExistingServer: false,
				stdout: 'pipe',
				env: {
					PORT: String(port),
					ORIGIN: baseURL,
					DATA_DIR: dataDir,
					SIGN_IN_RATE_LIMIT: '100',
					DATABASE_URL: ''
				}
			}
});
