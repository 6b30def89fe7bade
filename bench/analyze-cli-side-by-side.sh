#!/bin/bash
# `basketgraph analyze` of two trees on copies of one graph, alternating (the tree that goes first alternates each
# round): wall time and peak RSS (/usr/bin/time), the analysis stages (ms) and the load average after each run.
#   bench/analyze-cli-side-by-side.sh GRAPH_DIR ROUNDS OLD_TREE NEW_TREE > bench/results/NAME.log
# OLD_TREE: e.g. `git archive <commit> | tar -x -C /tmp/old` with `cp -al node_modules` (and each workspace's).
set -euo pipefail
GRAPH=$1; ROUNDS=$2; OLD=$3; NEW=$4
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for r in $(seq 1 "$ROUNDS"); do
  if [ $((r % 2)) = 1 ]; then order="old new"; else order="new old"; fi
  for t in $order; do
    root=$OLD; [ "$t" = new ] && root=$NEW
    g="$WORK/g-$t"; rm -rf "$g" "$g.wal"; cp -a "$GRAPH" "$g"; [ -e "$GRAPH.wal" ] && cp -a "$GRAPH.wal" "$g.wal"
    out=$(cd "$root" && GRAPH_URL="$g" NODE_ENV=production /usr/bin/time -f "TIME %e %M" node server/bin/basketgraph.js analyze 2>&1)
    stages=$(echo "$out" | grep -E "│ *(load|features|segments|similarity|rules|recommendations|publish) *│" | sed 's/│//g' | awk '{printf "%s=%s ",$1,$2}')
    echo "round $r $t: $(echo "$out" | grep TIME) $stages loadavg=$(cut -d' ' -f1 /proc/loadavg)"
  done
done
