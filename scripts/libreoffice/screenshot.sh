#!/bin/bash
# Screenshots of a real LibreOffice Writer window flagging a spun phrase through a LanguageTool server with the pack.
#
#   scripts/libreoffice/screenshot.sh [--install] [--out docs/libreoffice-screenshot.png]
#                                     [--dialog-out docs/libreoffice-grammar-dialog.png]
#
# Starts a LanguageTool server with target/spincheck-0.1.0.jar and config/languagetool-server.properties, Xvfb, and
# Writer (X11 "gen" toolkit) with a fresh profile aimed at the server; writes a document with spun and clean
# sentences, puts the cursor into the spun phrase and grabs the screen twice: with the context menu (Shift+F10, as
# a right click on the underline) and with the Spelling and Grammar dialog (F7). Stops everything it started.
#
# Needs the built jar (mvn -DskipTests package), Maven (for the LanguageTool class path), and a GUI Writer, Xvfb,
# xdotool and ImageMagick: --install apt-installs those as root (Debian 12). The headless test needs none of them.
set -euo pipefail

cd "$(dirname "$0")/../.."
PROJECT=$PWD
OUT=docs/libreoffice-screenshot.png
DIALOG_OUT=docs/libreoffice-grammar-dialog.png
INSTALL=no
while [ $# -gt 0 ]; do
  case "$1" in
    --install) INSTALL=yes ;;
    --out) OUT=$2; shift ;;
    --dialog-out) DIALOG_OUT=$2; shift ;;
    *) echo "usage: $0 [--install] [--out FILE.png] [--dialog-out FILE.png]" >&2; exit 2 ;;
  esac
  shift
done

SPUN_PHRASE="counterfeit consciousness"
PARAGRAPHS='["Recent work on counterfeit consciousness has grown quickly.",
             "Recent work on artificial intelligence has grown quickly.",
             "Profound learning models were trained on the images."]'
WIDTH=1024
HEIGHT=640
JAR=${SPINCHECK_JAR:-target/spincheck-0.1.0.jar}
PYTHON=/usr/bin/python3
LO_CHECK=$PROJECT/scripts/libreoffice/lo_check.py

if [ "$INSTALL" = yes ]; then
  need=""
  [ -e /usr/lib/libreoffice/program/libvclplug_genlo.so ] || need="$need libreoffice-writer"
  $PYTHON -c 'import uno' 2>/dev/null || need="$need python3-uno"
  command -v Xvfb >/dev/null || need="$need xvfb"
  command -v xdotool >/dev/null || need="$need xdotool"
  command -v import >/dev/null || need="$need imagemagick"
  [ -d /usr/share/fonts/truetype/dejavu ] || need="$need fonts-dejavu-core"
  if [ -n "$need" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    # shellcheck disable=SC2086
    apt-get install -y --no-install-recommends $need
  fi
fi
for tool in soffice Xvfb xdotool import java mvn curl; do
  command -v "$tool" >/dev/null || { echo "screenshot.sh: $tool not found (try --install)" >&2; exit 1; }
done
[ -e /usr/lib/libreoffice/program/libvclplug_genlo.so ] ||
  { echo "screenshot.sh: this LibreOffice has no X11 toolkit (libreoffice-writer-nogui?); try --install" >&2; exit 1; }
[ -f "$JAR" ] || { echo "screenshot.sh: $JAR missing; run mvn -DskipTests package" >&2; exit 1; }

WORK=$(mktemp -d /tmp/spincheck-shot.XXXXXX)
PIDS=()
# Stop what this script started, children first (soffice runs oosplash, which runs soffice.bin).
kill_tree() {
  local pid=$1 child
  for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do kill_tree "$child"; done
  kill "$pid" 2>/dev/null || true
}
cleanup() {
  local i
  # A killed soffice leaves its pipes in /tmp: ask it to quit first.
  if [ -n "${SOFFICE_PID:-}" ]; then
    timeout 30 $PYTHON "$LO_CHECK" --connect "$UNO" --connect-timeout 5 quit >/dev/null 2>&1 || true
    for _ in $(seq 30); do kill -0 "$SOFFICE_PID" 2>/dev/null || break; sleep 1; done
  fi
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do kill_tree "${PIDS[i]}"; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
say() { echo "[${SECONDS}s] $*"; }
fail() {
  echo "screenshot.sh: $*" >&2
  echo "--- server log:" >&2; tail -20 "$WORK/server.log" >&2 || true
  echo "--- soffice log:" >&2; tail -20 "$WORK/soffice.log" >&2 || true
  exit 1
}

# LanguageTool 6.8's server class path (a test dependency, in build-classpath's default scope) without the CLI's
# slf4j-nop, so that the server logs its requests: the wait below reads that log.
CLASSPATH_FILE=target/lt-server.classpath
mvn -B -q dependency:build-classpath -DexcludeArtifactIds=slf4j-nop -Dmdep.outputFile="$CLASSPATH_FILE"
free_port() { $PYTHON -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
say "starting the LanguageTool server, Xvfb and LibreOffice"
SERVER_URL=http://127.0.0.1:$PORT/v2

java -Xmx1g -cp "$JAR:$(cat "$CLASSPATH_FILE")" org.languagetool.server.HTTPServer \
  --port "$PORT" --config config/languagetool-server.properties >"$WORK/server.log" 2>&1 &
PIDS+=($!)

# -displayfd: Xvfb picks a free display number and writes it to fd 3.
Xvfb -displayfd 3 -screen 0 "${WIDTH}x${HEIGHT}x24" -nolisten tcp 3>"$WORK/display" >"$WORK/xvfb.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
[ -s "$WORK/display" ] || fail "Xvfb did not start"
export DISPLAY=:$(head -1 "$WORK/display")

for _ in $(seq 180); do
  curl -sf -o /dev/null "$SERVER_URL/languages" && break
  sleep 1
done
say "server up"
# Prewarm: LibreOffice gives the server about 10 s per request.
curl -sf --data-urlencode "text=Recent work on $SPUN_PHRASE has grown quickly." -d language=en-US \
  "$SERVER_URL/check" | grep -q '"matches":\[{' || fail "the server does not flag the spun phrase"

$PYTHON "$LO_CHECK" profile --dir "$WORK/profile" --server-url "$SERVER_URL"
UNO=socket,host=127.0.0.1,port=$(free_port)
SAL_USE_VCLPLUGIN=gen soffice --norestore --nologo --nodefault -env:UserInstallation="file://$WORK/profile" \
  "--accept=$UNO;urp;StarOffice.ComponentContext" >"$WORK/soffice.log" 2>&1 &
SOFFICE_PID=$!
PIDS+=($SOFFICE_PID)

say "server prewarmed"
echo "$PARAGRAPHS" >"$WORK/paragraphs.json"
checks_done() { grep -c 'Check done' "$WORK/server.log" || true; }
before=$(checks_done)
$PYTHON "$LO_CHECK" --connect "$UNO" make --paragraphs "$WORK/paragraphs.json" --out "$WORK/spun.odt" ||
  fail "could not make the document"
$PYTHON "$LO_CHECK" --connect "$UNO" show --doc "$WORK/spun.odt" --phrase "$SPUN_PHRASE" \
  --width "$WIDTH" --height "$HEIGHT" || fail "could not open the document"

say "document open"
# Writer's background check sends each paragraph to the server: wait for the answers, then for the redraw.
for _ in $(seq 60); do
  [ $(($(checks_done) - before)) -ge 3 ] && break
  sleep 0.5
done
[ $(($(checks_done) - before)) -ge 1 ] || fail "LibreOffice did not send the document to the server"
say "LibreOffice got its answers from the server"
sleep 2

window=$(xdotool search --name 'LibreOffice Writer' | head -1)
[ -n "$window" ] || fail "no Writer window"
xdotool windowfocus --sync "$window"
sleep 0.5
mkdir -p "$(dirname "$OUT")" "$(dirname "$DIALOG_OUT")"
# no time stamps in the PNG, so an unchanged picture gives an unchanged file
grab() { import -window root -strip -define png:exclude-chunks=date,time "$1"; }

xdotool key --clearmodifiers shift+F10   # the context menu of the error under the cursor
sleep 1.5
grab "$OUT"
xdotool key Escape
sleep 0.5

xdotool key --clearmodifiers ctrl+Home F7   # Tools > Spelling and Grammar, from the start of the document
sleep 3
grab "$DIALOG_OUT"
say "wrote $OUT and $DIALOG_OUT"
