#!/usr/bin/env bash
# Instructions per article of the quote stage alone, by the recipe in profile_quotes.py's docstring:
# cachegrind over `--repeat N` minus the same over `--repeat 0`, divided by N x articles.
# A count, not a time: it does not depend on the load of the shared machine.
#   bench/icount_quotes.sh [N] [FOLDER...]     (run from the tree to measure, venv active)
set -e
n=${1:-4}; shift || true
out=$(mktemp -d)
count() {  # total instructions of one run
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=$out/cg.$1 \
    python bench/profile_quotes.py --repeat $1 "${@:2}" > $out/log.$1 2> $out/err.$1
  grep -m1 '^summary:' $out/cg.$1 | awk '{print $2}'
}
full=$(count $n "$@")
base=$(count 0 "$@")
articles=$(grep -o '^[0-9]* articles' $out/log.0 | cut -d' ' -f1)
echo "$(head -1 $out/log.$n)"
echo "instructions per article (quote stage): $(( (full - base) / (n * articles) ))"
rm -rf "$out"
