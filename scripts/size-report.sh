#!/usr/bin/env bash
# Prints the gzipped size of each file in dist/ and the total first load.
set -euo pipefail
cd "$(dirname "$0")/../dist"
total=0
printf '%-44s %10s %10s\n' "file (dist/)" "bytes" "gzipped"
for f in $(find . -type f | sort); do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf '%-44s %10d %10d\n' "${f#./}" "$raw" "$gz"
done
printf '%-44s %10s %10d\n' "total" "" "$total"
