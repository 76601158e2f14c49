#!/usr/bin/env bash
# Regenerates dictionaries/glossary/generated/*.tsv from Debian's FreeDict and Apertium packages
# (installed here if missing). The output is committed; nothing is fetched at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
pkgs=(dict-freedict-spa-eng dict-freedict-por-eng dict-freedict-fra-eng dict-freedict-ita-eng dict-freedict-deu-eng
      apertium-eng-spa apertium-spa-ita apertium-es-pt apertium-fr-es)
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y "${missing[@]}"; else sudo apt-get install -y "${missing[@]}"; fi
fi
mvn -q -o -pl copydesk-core -am install -DskipTests
mkdir -p target
cp_file="$PWD/target/glossary-classpath.txt"
mvn -q -o -pl copydesk-core dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
java -Xmx3g -cp "copydesk-core/target/classes:$(cat "$cp_file")" scripts/BuildGlossary.java dictionaries/glossary/generated
