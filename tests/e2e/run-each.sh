#!/bin/sh
# Runs each spec against its own freshly started server and data directory, so that one flow's changes to the
# demo data (an erased member, a finished session) never decide another flow's outcome.
# Arguments, if any, are passed to every run (e.g. --reporter=line).
status=0
for spec in tests/e2e/*.spec.ts; do
	echo "== $spec"
	E2E_OUTPUT_DIR="$(pwd)/test-results/$(basename "$spec" .spec.ts)" npx playwright test -c tests/e2e/playwright.config.ts "$spec" "$@" || status=1
done
exit $status
