#!/usr/bin/env bash
# Throughput of `spincheck scan` against stock LanguageTool's command line on the same documents.
#
#   mvn -o -q -DskipTests package && scripts/scan-bench.sh            # DOCS=24 CHARS=4000 THREADS=2 by default
#
# Corpus: DOCS plain-text documents of about CHARS characters each, built from the correct <example> sentences of
# LanguageTool's own English grammar.xml/style.xml (clean edited English, already on the classpath, LGPL-2.1), every
# sentence used once so no run re-checks text it has seen; every fourth document gets two spun sentences.
# Contenders, each measured as wall time of the whole job including JVM start-up:
#   stock     org.languagetool.commandline.Main (languagetool-commandline 6.8 from Maven Central) once per file,
#             THREADS files at a time (xargs -P), all of LanguageTool's default rules
#   scan      java -jar spincheck-cli.jar scan --threads THREADS (the pack's rules only, as shipped)
#   scan-all  the same with --all-rules (the pack plus all of LanguageTool's rules: the like-for-like comparison)
# Then the start-up cost of each on a one-sentence file.
# Prints a Markdown table for docs/scan.md. Needs java, mvn (online once, to fetch languagetool-commandline) and
# python3. Not a test: the numbers depend on the machine and its load (printed with them).
set -euo pipefail

DOCS=${DOCS:-24}
CHARS=${CHARS:-4000}
THREADS=${THREADS:-2}
LT_VERSION=6.8
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/target/spincheck-0.1.0-cli.jar"
WORK=${WORK:-"$ROOT/target/scan-bench"}
[[ -f "$JAR" ]] || { echo "build first: mvn -o -q -DskipTests package" >&2; exit 2; }
mkdir -p "$WORK"

# --- stock LanguageTool's command-line classpath, resolved by Maven from a throw-away pom ---
if [[ ! -s "$WORK/stock.classpath" ]]; then
  cat > "$WORK/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>stock-languagetool</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.languagetool</groupId><artifactId>languagetool-commandline</artifactId>
      <version>$LT_VERSION</version></dependency>
    <dependency><groupId>org.languagetool</groupId><artifactId>language-en</artifactId>
      <version>$LT_VERSION</version></dependency>
  </dependencies>
</project>
POM
  mvn -q -f "$WORK/pom.xml" dependency:build-classpath -Dmdep.outputFile="$WORK/stock.classpath" >&2
fi
STOCK_CP=$(cat "$WORK/stock.classpath")

# --- corpus ---
LANG_EN=$(tr ':' '\n' <<<"$STOCK_CP" | grep "/language-en-$LT_VERSION.jar$")
rm -rf "$WORK/corpus" && mkdir -p "$WORK/corpus"
python3 - "$LANG_EN" "$WORK/corpus" "$DOCS" "$CHARS" <<'PY'
import random, re, sys, zipfile, xml.etree.ElementTree as ET
jar, out, docs, chars = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
sentences, seen = [], set()
with zipfile.ZipFile(jar) as z:
    for name in ("org/languagetool/rules/en/grammar.xml", "org/languagetool/rules/en/style.xml"):
        for ex in ET.fromstring(z.read(name)).iter("example"):
            if ex.get("correction") is not None or ex.get("type") == "incorrect":
                continue
            s = re.sub(r"\s+", " ", "".join(ex.itertext())).strip()
            if len(s) > 30 and s[0].isupper() and s[-1] in ".?!" and s not in seen:
                seen.add(s)
                sentences.append(s)
random.Random(6).shuffle(sentences)
spun = ["Recent work on counterfeit consciousness has grown quickly.",
        "NATO Secretary Run-of-the-mill Jens Stoltenberg spoke first.",
        "It is possible; we press seen it before.",
        "A straight relapse baseline was included for comparison."]
it = iter(sentences)
for d in range(docs):
    parts, n = [], 0
    if d % 4 == 0:
        parts += spun[(d // 4) % 4], spun[(d // 4 + 1) % 4]
    while n < chars:
        s = next(it)
        parts.append(s)
        n += len(s) + 1
    random.Random(d).shuffle(parts)
    paras = [" ".join(parts[i:i + 6]) for i in range(0, len(parts), 6)]
    with open(f"{out}/doc{d:03d}.txt", "w", encoding="utf-8") as f:
        f.write("\n\n".join(paras) + "\n")
PY
TOTAL_CHARS=$(cat "$WORK"/corpus/*.txt | wc -m)

now() { date +%s.%N; }
row() { # name seconds
  python3 -c "import sys; n,t,d,c=sys.argv[1],float(sys.argv[2]),int(sys.argv[3]),int(sys.argv[4]); \
print(f'| {n} | {t:.1f} | {d/t*60:.1f} | {c/t:,.0f} |')" "$1" "$2" "$DOCS" "$TOTAL_CHARS"
}

echo "corpus: $DOCS documents, $TOTAL_CHARS characters; $THREADS threads; $(nproc) processors;" \
  "loadavg before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

t0=$(now)
java -jar "$JAR" scan --threads "$THREADS" --format json --output "$WORK/scan.json" --no-progress "$WORK/corpus" \
  2>"$WORK/scan.err" || [[ $? == 1 ]]
t_scan=$(echo "$(now) - $t0" | bc)

t0=$(now)
java -jar "$JAR" scan --all-rules --threads "$THREADS" --format json --output "$WORK/scan-all.json" --no-progress \
  "$WORK/corpus" 2>"$WORK/scan-all.err" || [[ $? == 1 ]]
t_all=$(echo "$(now) - $t0" | bc)

mkdir -p "$WORK/stock"
t0=$(now)
ls "$WORK"/corpus/*.txt | xargs -P "$THREADS" -I{} sh -c \
  'java -cp "$1" org.languagetool.commandline.Main -l en-US "$2" > "$3/$(basename "$2").out" 2>/dev/null || true' \
  _ "$STOCK_CP" {} "$WORK/stock"
t_stock=$(echo "$(now) - $t0" | bc)

# start-up cost: one sentence, one file (JVM start, JLanguageTool built, rules loaded, one check)
echo "The committee met on Tuesday." > "$WORK/one.txt"
t0=$(now)
java -jar "$JAR" scan --threads 1 --no-progress "$WORK/one.txt" > /dev/null 2>&1
t_scan1=$(echo "$(now) - $t0" | bc)
t0=$(now)
java -cp "$STOCK_CP" org.languagetool.commandline.Main -l en-US "$WORK/one.txt" > /dev/null 2>&1 || true
t_stock1=$(echo "$(now) - $t0" | bc)

echo "loadavg after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo
echo "| run ($DOCS docs, $TOTAL_CHARS chars, $THREADS threads) | wall s | docs/min | chars/s |"
echo "|---|---:|---:|---:|"
row "spincheck scan (pack rules)" "$t_scan"
row "spincheck scan --all-rules (pack + LanguageTool rules)" "$t_all"
row "stock LanguageTool CLI, one process per file, $THREADS at a time" "$t_stock"
echo
echo "Start-up, one sentence in one file: scan $(printf %.1f "$t_scan1") s, stock command line $(printf %.1f "$t_stock1") s."
echo "Matches: scan $(grep -c '"rule"' "$WORK/scan.json"), scan --all-rules $(grep -c '"rule"' "$WORK/scan-all.json")," \
  "stock $(cat "$WORK"/stock/*.out | grep -c '^[0-9]*\.) Line')."
