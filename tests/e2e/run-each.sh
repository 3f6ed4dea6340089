#!/bin/sh
# Runs each spec against its own freshly started server and its own copy of a freshly migrated and seeded data
# directory, so that one flow's changes to the demo data (an erased member, a finished session) never decide another
# flow's outcome. Specs share nothing, so E2E_JOBS of them (2 by default: one per core here) run at once, each on its
# own port; each spec's output is printed in one piece when it ends, with its time and CPU time. Arguments, if any,
# are passed to every run (e.g. --reporter=line; words without spaces). Name specs to run only those:
# E2E_SPECS="tests/e2e/a.spec.ts tests/e2e/b.spec.ts".
#
# The longest specs start first (SLOW_FIRST, longest first, as measured), so that no long spec is left to run alone
# at the end; every other spec follows in name order, so a new spec is picked up without being listed.
# A spec with the line `// e2e: own servers` starts every server it talks to itself (support/server-process.ts):
# no server is started for it, and its servers start from copies of the same template (E2E_TEMPLATE_DIR).
# Before each spec, support/template.ts seeds the template again if an organization's day has changed since it was
# seeded, and waits for midnight first if the spec could still be running at it (the demo data is laid around today).
# Playwright is started from node_modules/.bin, not through npx: npm's own start-up cost about a CPU-second a spec.
SLOW_FIRST="tablet-layout accessibility reliability planner session-run security self-report session-record records group-design debrief"
template="$(mktemp -d "${TMPDIR:-/tmp}/gw-e2e-template-XXXXXX")"
logs="$(mktemp -d "${TMPDIR:-/tmp}/gw-e2e-logs-XXXXXX")"
node --import tsx tests/e2e/support/template.ts prepare "$template" || exit 1
E2E_EXTRA="$*"
E2E_TEMPLATE_DIR="$template"
export template logs E2E_EXTRA E2E_TEMPLATE_DIR
base="${E2E_PORT_BASE:-4173}"
specs="${E2E_SPECS:-$(ls tests/e2e/*.spec.ts)}"
ordered=""
for name in $SLOW_FIRST; do
	for spec in $specs; do
		[ "$(basename "$spec" .spec.ts)" = "$name" ] && ordered="$ordered $spec"
	done
done
for spec in $specs; do
	case " $ordered " in
	*" $spec "*) ;;
	*) ordered="$ordered $spec" ;;
	esac
done
i=0
for spec in $ordered; do
	echo "$((base + i)) $spec"
	i=$((i + 1))
done | xargs -P "${E2E_JOBS:-2}" -L 1 sh -c '
	port="$1"; spec="$2"
	name="$(basename "$spec" .spec.ts)"
	started=$(date +%s)
	if grep -q "^// e2e: own servers$" "$spec"; then
		node --import tsx tests/e2e/support/template.ts fresh "$template" || exit 1
		E2E_OWN_SERVERS=1 E2E_OUTPUT_DIR="$(pwd)/test-results/$name" \
			./node_modules/.bin/playwright test -c tests/e2e/playwright.config.ts "$spec" $E2E_EXTRA >"$logs/$name.log" 2>&1
		status=$?
	else
		data="$(mktemp -d "${TMPDIR:-/tmp}/gw-e2e-XXXXXX")"
		node --import tsx tests/e2e/support/template.ts copy "$template" "$data" || exit 1
		E2E_PORT="$port" E2E_DATA_DIR="$data" E2E_OUTPUT_DIR="$(pwd)/test-results/$name" \
			./node_modules/.bin/playwright test -c tests/e2e/playwright.config.ts "$spec" $E2E_EXTRA >"$logs/$name.log" 2>&1
		status=$?
		rm -rf "$data"
	fi
	# The CPU time of the processes of the spec (runner, server, browser), user and system: on a loaded machine the
	# wall time says little, this says what the spec costs.
	times >"$logs/$name.cpu"
	echo "== $spec (exit $status, $(($(date +%s) - started)) s, CPU user+sys $(tail -n 1 "$logs/$name.cpu"))"
	cat "$logs/$name.log"
	exit $status
' run-one
status=$?
rm -rf "$template" "$logs"
# xargs answers 123 when any run failed.
exit $status
