#!/usr/bin/env bash
# Adds one ScrapingHub benchmark page as a golden test folder:
#   tests/pages/SLUG/source.html      the page, ungzipped
#   tests/pages/SLUG/ground-truth.txt the human-annotated articleBody
#   tests/pages/SLUG/meta.json        {id, url, minF1}
# Usage: tests/pages/add-page.sh ID SLUG   (ID may be a unique prefix of the page hash)
# The data is found through LEDE_SHARED_DIR, else the first parent folder holding shared/benchmarks.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 ID SLUG" >&2
  exit 2
fi
id_prefix=$1
slug=$2
if [[ ! $slug =~ ^[a-z0-9][a-z0-9-]*$ ]]; then
  echo "slug must be lowercase letters, digits and dashes: $slug" >&2
  exit 2
fi

pages_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

find_shared() {
  if [[ -n ${LEDE_SHARED_DIR:-} ]]; then
    echo "$LEDE_SHARED_DIR"
    return
  fi
  local dir=$pages_dir
  while [[ $dir != / ]]; do
    if [[ -d $dir/shared/benchmarks ]]; then
      echo "$dir/shared"
      return
    fi
    dir=$(dirname "$dir")
  done
  echo "cannot find shared/benchmarks above $pages_dir; set LEDE_SHARED_DIR" >&2
  exit 1
}

bench_dir=$(find_shared)/benchmarks/scrapinghub
truth=$bench_dir/ground-truth.json

# Resolve a prefix to the one full id it names, so short ids from a listing work.
mapfile -t ids < <(jq -r --arg p "$id_prefix" 'keys[] | select(startswith($p))' "$truth")
if [[ ${#ids[@]} -ne 1 ]]; then
  echo "id '$id_prefix' matches ${#ids[@]} pages in $truth" >&2
  exit 1
fi
id=${ids[0]}

target=$pages_dir/$slug
if [[ -e $target ]]; then
  echo "$target already exists; remove it first to re-add the page" >&2
  exit 1
fi
mkdir -p "$target"
gzip -dc "$bench_dir/html/$id.html.gz" > "$target/source.html"
jq -j --arg id "$id" '.[$id].articleBody' "$truth" > "$target/ground-truth.txt"
# minF1 starts at 0: floors are raised deliberately after the extractor is tuned, never lowered silently.
jq --arg id "$id" '{id: $id, url: .[$id].url, minF1: 0.0}' "$truth" > "$target/meta.json"
echo "added $slug ($id, $(wc -c < "$target/source.html") bytes)"
