#!/usr/bin/env bash
# Start-up time and memory of the release binary, measured from outside as a
# terminal runs it: under Xvfb, driven only through the keypad contract.
#
#   ./benches/kiosk-soak.sh [SESSIONS]
#
# 1. Cold start: five launches; for each, the time from exec until the kiosk
#    reports its first drawn frame (FRONTDOOR_REPORT_FIRST_FRAME), as seen
#    from outside and as the process measured it from main().
# 2. Memory: one kiosk runs SESSIONS (default 100) complete resident sessions
#    (report a pothole with the keypad, send, rate, finish); then its resident
#    memory (VmRSS) and peak (VmHWM) are read from /proc, and the outbox must
#    hold exactly SESSIONS submissions.
# With FRONTDOOR_SOAK_METRICS=1 the kiosk also serves /metrics on loopback
# and it is scraped after every session, so the memory read is that of a
# kiosk with metrics on. FRONTDOOR_BIN runs an already built release binary
# instead of building one.
# Needs: xvfb and xdotool (apt-get install xvfb xdotool), and curl for
# FRONTDOOR_SOAK_METRICS.
set -euo pipefail
cd "$(dirname "$0")/.."
sessions=${1:-100}
for tool in Xvfb xdotool; do
    command -v "$tool" >/dev/null || { echo "install $tool first (apt-get install xvfb xdotool)" >&2; exit 1; }
done
if [ -n "${FRONTDOOR_BIN:-}" ]; then
    bin=$FRONTDOOR_BIN
else
    cargo build --locked --release --quiet
    bin=$PWD/target/release/frontdoor
fi
metrics=${FRONTDOOR_SOAK_METRICS:-}

work=$(mktemp -d)
display=:87
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
cleanup() { kill "$xvfb" 2>/dev/null || true; pkill -f "$work/config.toml" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export DISPLAY=$display
sleep 1
cat > "$work/config.toml" <<CONF
[kiosk]
id = "LIB-BENCH-01"
site_name = "Bench Library"
fullscreen = true
data_dir = "$work/data"
[session]
idle_warning_secs = 3600
idle_reset_secs = 30
CONF
if [ -n "$metrics" ]; then
    printf '[metrics]\nlisten = "127.0.0.1:9877"\n' >> "$work/config.toml"
fi
scrapes=0
scrape() {
    [ -n "$metrics" ] || return 0
    curl -fsS http://127.0.0.1:9877/metrics -o "$work/metrics.txt" || { echo "the metrics scrape failed" >&2; exit 1; }
    scrapes=$((scrapes + 1))
}

launch() {
    : > "$work/log"
    local t0
    t0=$(date +%s%N)
    FRONTDOOR_REPORT_FIRST_FRAME=1 "$bin" run --config "$work/config.toml" 2>"$work/log" &
    pid=$!
    for _ in $(seq 1 2000); do
        if grep -q "first frame" "$work/log"; then
            local t1
            t1=$(date +%s%N)
            outside=$(( (t1 - t0) / 1000000 ))
            inside=$(sed -n 's/.*first frame \([0-9.]*\) ms.*/\1/p' "$work/log")
            return 0
        fi
        sleep 0.005
    done
    echo "the kiosk drew no frame in 10 s" >&2
    cat "$work/log" >&2
    exit 1
}

echo "Cold start to the first drawn welcome screen (1280x800, tiny-skia):"
for run in 1 2 3 4 5; do
    launch
    echo "  run $run: ${outside} ms from exec (the process measured ${inside} ms from main)"
    kill "$pid"; wait "$pid" 2>/dev/null || true
done

launch
sleep 1
keys() { xdotool key --delay 25 "$@"; sleep 0.15; }
rss() {
    kill -0 "$pid" 2>/dev/null || { echo "the kiosk stopped:" >&2; cat "$work/log" >&2; exit 1; }
    awk '/^VmRSS/ {print $2}' "/proc/$pid/status"
}
echo "Resident memory after start: $(( $(rss) / 1024 )) MiB"
for s in $(seq 1 "$sessions"); do
    keys Return                                 # welcome: Start (focused)
    keys Tab Tab Tab Return                     # services: Roads and streets
    keys Tab Tab Return                         # group: Report a pothole
    keys space Tab Tab Tab Return               # in the road; Continue
    keys Tab space Tab Tab Return               # medium; Continue
    keys Return                                 # depth (optional): Continue
    xdotool type --delay 20 "Mill Lane"; keys Return
    keys Tab Tab space Tab Return               # do not contact me; Continue
    keys Tab Tab Tab Tab Tab Return             # check answers: Send
    sleep 0.3
    keys Tab Tab Tab Tab Tab Tab Return         # confirmation: Finish
    scrape
    if [ $((s % 25)) -eq 0 ]; then echo "  after $s sessions: $(( $(rss) / 1024 )) MiB"; fi
done
hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
echo "Resident memory after $sessions sessions: $(( $(rss) / 1024 )) MiB (peak $(( hwm / 1024 )) MiB)"
stored=$("$bin" outbox stats --json --config "$work/config.toml" | sed -n 's/.*"pending": \([0-9]*\).*/\1/p')
echo "Submissions stored: $stored"
if [ -n "$metrics" ]; then
    echo "Metrics scraped $scrapes times; the last answer was $(wc -c < "$work/metrics.txt") bytes"
fi
kill "$pid"; wait "$pid" 2>/dev/null || true
[ "$stored" = "$sessions" ] || { echo "expected $sessions submissions" >&2; exit 1; }
