#!/bin/sh
# Runs each spec against its own freshly started server and its own copy of a freshly migrated and seeded data
# directory, so that one flow's changes to the demo data (an erased member, a finished session) never decide another
# flow's outcome. Arguments, if any, are passed to every run (e.g. --reporter=line).
template="$(mktemp -d "${TMPDIR:-/tmp}/gw-e2e-template-XXXXXX")"
npx tsx tests/e2e/prepare-data.ts "$template" || exit 1
status=0
for spec in tests/e2e/*.spec.ts; do
	echo "== $spec"
	data="$(mktemp -d "${TMPDIR:-/tmp}/gw-e2e-XXXXXX")"
	cp -R "$template/." "$data/"
	E2E_DATA_DIR="$data" E2E_OUTPUT_DIR="$(pwd)/test-results/$(basename "$spec" .spec.ts)" \
		npx playwright test -c tests/e2e/playwright.config.ts "$spec" "$@" || status=1
	rm -rf "$data"
done
rm -rf "$template"
exit $status
