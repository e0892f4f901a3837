#!/usr/bin/env bash
# `npm test`: every suite of Factdesk, prepared from scratch, ending with one line for CI:
#   N passed, N failed[, N skipped]
# 1. Chromium (Debian's package; installed here when we are root).
# 2. A fresh database for this run (scripts/test/database.ts), dropped at the end.
# 3. The linter (eslint: the layers of docs/architecture.md and the code rules; one suite that
#    passes or fails as a whole), unit tests, a production build, the built app on a free port,
#    integration tests through its HTTP API, then Playwright in Chromium against the same server,
#    then the reliability smoke (two instances of the build behind nginx, scripts/reliability).
# A suite that cannot run counts as one failure; the exit status is non-zero on any failure.
# Arguments, if any, are file filters passed to every suite (`npm test -- members share-links`):
# only the matching unit, integration and browser test files run, for quick work on one feature.
# The linter always runs over the whole tree (a boundary broken anywhere fails every run); a
# filtered run reuses eslint's cache of unchanged files, a full run (CI) checks every file afresh.
set -uo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
BIN=node_modules/.bin
REPORTS=$(mktemp -d "${TMPDIR:-/tmp}/factdesk-test.XXXXXX")
STARTED=$SECONDS
SERVER_PID=""
DB_JOB=""

FILTERS=("$@")
PASS_EMPTY=()
[ ${#FILTERS[@]} -gt 0 ] && PASS_EMPTY=(--passWithNoTests)
# The reliability smoke (scripts/reliability) runs in a full run, or when a filter names it.
RELIABILITY=""
if [ ${#FILTERS[@]} -eq 0 ] || printf '%s\n' "${FILTERS[@]}" | grep -q reliability; then RELIABILITY=yes; fi

step() { printf '\n== %s\n' "$*"; }

ensure_chromium() {
  # Chromium for the browser tests and PDF export; poppler-utils (pdftotext) to read the PDFs back.
  if { [ ! -x /usr/bin/chromium ] || ! command -v pdftotext >/dev/null; } && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Chromium and poppler-utils (Debian's packages) for the browser and PDF tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
  fi
  if [ -x /usr/bin/chromium ]; then
    echo "Using /usr/bin/chromium"
    return 0
  fi
  echo "Chromium is missing. Install Debian's package (sudo apt-get install -y chromium) so that /usr/bin/chromium exists; the browser tests are not run." >&2
  return 1
}

stop_server() {
  [ -n "$SERVER_PID" ] || return 0
  kill -TERM "$SERVER_PID" 2>/dev/null
  wait "$SERVER_PID" 2>/dev/null
  SERVER_PID=""
}

stop_database() {
  [ -n "$DB_JOB" ] || return 0
  kill -TERM "$DB_JOB" 2>/dev/null
  wait "$DB_JOB" 2>/dev/null
  DB_JOB=""
}

cleanup() {
  stop_server
  stop_database
  rm -rf "$REPORTS"
}
trap 'cleanup; exit 130' INT TERM

free_port() {
  node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# Until the server answers HTTP (any status below 500), or it has died, or 60 s have passed.
wait_for_server() {
  local url=$1 deadline=$((SECONDS + 60))
  while [ $SECONDS -lt $deadline ]; do
    kill -0 "$SERVER_PID" 2>/dev/null || return 1
    node -e 'fetch(process.argv[1]).then((r) => process.exit(r.status < 500 ? 0 : 1), () => process.exit(1))' "$url" && return 0
    sleep 0.3
  done
  return 1
}

step "Chromium"
CHROMIUM=ok
ensure_chromium || CHROMIUM=missing

step "Database"
DATABASE_URL_READY=""
coproc DB { exec node --import tsx scripts/test/database.ts; }
DB_JOB=$DB_PID
DB_OUT=${DB[0]:-} # empty when the process has already exited
if [ -n "$DB_OUT" ] && read -r -t 180 DATABASE_URL <&"$DB_OUT" && [ -n "$DATABASE_URL" ]; then
  export DATABASE_URL
  DATABASE_URL_READY=yes
else
  echo "Could not prepare a test database: the integration and browser tests are not run." >&2
  stop_database
fi

step "Lint (eslint)"
LINT_CACHE=()
[ ${#FILTERS[@]} -gt 0 ] && LINT_CACHE=(--cache --cache-strategy content --cache-location node_modules/.cache/eslint/)
"$BIN/eslint" . --max-warnings 0 "${LINT_CACHE[@]}"
echo $? >"$REPORTS/lint.status"

step "Unit tests"
"$BIN/vitest" run --project unit "${FILTERS[@]}" "${PASS_EMPTY[@]}" --reporter=default --reporter=json --outputFile.json="$REPORTS/unit.json"

if [ -n "$DATABASE_URL_READY" ]; then
  PORT=$(free_port)
  BASE_URL="http://127.0.0.1:$PORT"
  export FACTDESK_URL=$BASE_URL BETTER_AUTH_URL=$BASE_URL FACTDESK_TEST_URL=$BASE_URL
  BETTER_AUTH_SECRET=$(node -e 'console.log(require("node:crypto").randomBytes(32).toString("base64url"))')
  export BETTER_AUTH_SECRET

  step "Production build (next build)"
  if "$BIN/next" build; then
    step "Starting the app at $BASE_URL"
    # The integration tests import by URL from local servers they start on these fixed ports
    # (27801: import-from-url.test.ts; 27833: check-for-changes.test.ts; 27834: story-changed.spec.ts and
    # attach-suggestion.spec.ts, one after the other;
    # 27835: reference-library.test.ts; 27840: the webhook receiver of webhooks-delivery.test.ts,
    # whose retries come after 1 s instead of 5 s … 10 h; 27871: notifications.test.ts;
    # 27860-27863: article-versions.test.ts and revised-text.spec.ts, whose scheduled check for
    # changes runs every second here instead of every hour; 27850-27852: archive-evidence.test.ts
    # and archive-evidence.spec.ts; 27855-27857: correction-requests.test.ts and
    # record-correction-request.spec.ts; 27853: archive-extras.test.ts, whose server also plays the
    # Wayback Machine's Save Page Now, FACTDESK_WAYBACK_URL).
    # Invitation emails go to the test mail relay on 27825 (e2e/integration/support/mailbox.ts).
    # Tests may read what the server prints (to prove secrets never reach its log).
    export FACTDESK_SERVER_LOG="$REPORTS/server.log"
    NODE_ENV=production FACTDESK_IMPORT_ALLOW_HOSTS=127.0.0.1:27801,127.0.0.1:27833,127.0.0.1:27834,127.0.0.1:27835,127.0.0.1:27840,127.0.0.1:27871,127.0.0.1:27860,127.0.0.1:27861,127.0.0.1:27862,127.0.0.1:27863,127.0.0.1:27850,127.0.0.1:27851,127.0.0.1:27852,127.0.0.1:27855,127.0.0.1:27856,127.0.0.1:27857,127.0.0.1:27853 \
      FACTDESK_WAYBACK_URL=http://127.0.0.1:27853 \
      FACTDESK_WEBHOOK_RETRY_SCHEDULE=1,1,1,1,1,1 \
      FACTDESK_SMTP_URL=smtp://factdesk-relay:relay-secret-for-tests@127.0.0.1:27825 \
      FACTDESK_TRUSTED_PROXY_HOPS=2 \
      FACTDESK_MAIL_FROM='Factdesk Tests <desk@factdesk.test>' FACTDESK_JOBS_RETRY_DELAY_SECONDS=1 \
      FACTDESK_JOBS_POLL_SECONDS=0.5 \
      FACTDESK_NOTIFICATION_MAIL_INTERVAL_SECONDS=1 FACTDESK_NOTIFICATION_DIGEST_HOUR=0 \
      FACTDESK_CHANGE_CHECK_INTERVAL_SECONDS=1 \
      "$BIN/next" start --hostname 127.0.0.1 --port "$PORT" >"$REPORTS/server.log" 2>&1 &
    SERVER_PID=$!
    if wait_for_server "$BASE_URL/sign-in"; then
      step "Integration tests (HTTP API, PostgreSQL)"
      "$BIN/vitest" run --project integration "${FILTERS[@]}" "${PASS_EMPTY[@]}" --reporter=default --reporter=json --outputFile.json="$REPORTS/integration.json"

      if [ "$CHROMIUM" = ok ]; then
        step "Browser tests (Playwright, Chromium)"
        PLAYWRIGHT_JSON_OUTPUT_FILE="$REPORTS/browser.json" "$BIN/playwright" test "${FILTERS[@]}" ${PASS_EMPTY:+--pass-with-no-tests}
      fi
    else
      echo "The app did not start; its output:" >&2
      tail -n 40 "$REPORTS/server.log" >&2
    fi
    stop_server
    if grep -q "Unhandled error" "$REPORTS/server.log"; then
      step "The server logged unhandled errors"
      grep -A 12 "Unhandled error" "$REPORTS/server.log" | head -n 60
    fi
    if [ -n "$RELIABILITY" ]; then
      step "Reliability smoke (PostgreSQL of its own, two instances behind nginx)"
      # The short version of `npm run test:reliability`; each property it checks counts as a test.
      # Without nginx (not root, not installed) it fails with a message saying how to install it.
      node --import tsx --conditions=react-server scripts/reliability/index.ts --smoke --report "$REPORTS/reliability.json"
    fi
  else
    echo "The production build failed: the integration and browser tests are not run." >&2
  fi
fi

stop_server
stop_database
step "Summary ($((SECONDS - STARTED)) s)"
REPORT_FILES=("exit:$REPORTS/lint.status" "vitest:$REPORTS/unit.json" "vitest:$REPORTS/integration.json" "playwright:$REPORTS/browser.json")
[ -n "$RELIABILITY" ] && REPORT_FILES+=("counts:$REPORTS/reliability.json")
node --import tsx scripts/test/summary.ts "${REPORT_FILES[@]}"
status=$?
rm -rf "$REPORTS"
exit $status
