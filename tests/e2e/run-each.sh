#!/bin/sh
# Runs each spec against its own freshly started server and its own copy of a freshly migrated and seeded data
# directory, so that one flow's changes to the demo data (an erased member, a finished session) never decide another
# flow's outcome. Specs share nothing, so E2E_JOBS of them (2 by default: one per core here) run at once, each on its
# own port; each spec's output is printed in one piece when it ends. Arguments, if any, are passed to every run
# (e.g. --reporter=line; words without spaces). Name specs to run only those: E2E_SPECS="tests/e2e/a.spec.ts tests/e2e/b.spec.ts".
template="$(mktemp -d "${TMPDIR:-/tmp}/gw-e2e-template-XXXXXX")"
logs="$(mktemp -d "${TMPDIR:-/tmp}/gw-e2e-logs-XXXXXX")"
npx tsx tests/e2e/prepare-data.ts "$template" || exit 1
E2E_EXTRA="$*"
export template logs E2E_EXTRA
base="${E2E_PORT_BASE:-4173}"
i=0
for spec in ${E2E_SPECS:-tests/e2e/*.spec.ts}; do
	echo "$((base + i)) $spec"
	i=$((i + 1))
done | xargs -P "${E2E_JOBS:-2}" -L 1 sh -c '
	port="$1"; spec="$2"
	name="$(basename "$spec" .spec.ts)"
	data="$(mktemp -d "${TMPDIR:-/tmp}/gw-e2e-XXXXXX")"
	cp -R "$template/." "$data/"
	E2E_PORT="$port" E2E_DATA_DIR="$data" E2E_OUTPUT_DIR="$(pwd)/test-results/$name" \
		npx playwright test -c tests/e2e/playwright.config.ts "$spec" $E2E_EXTRA >"$logs/$name.log" 2>&1
	status=$?
	rm -rf "$data"
	echo "== $spec (exit $status)"
	cat "$logs/$name.log"
	exit $status
' run-one
status=$?
rm -rf "$template" "$logs"
# xargs answers 123 when any run failed.
exit $status
