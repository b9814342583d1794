#!/usr/bin/env bash
# Regenerates crates/parallax-core/data/common-words.txt, the common English words the entity
# extractor reads to tell a capitalised common word ("Therefore", "Tragedy", "Health") from a
# name, and data/LICENSES/scowl.txt and wordfreq.txt. Run by hand, not by the tests.
# Deterministic: the same package versions give the same bytes.
#
#   bash scripts/make-common-words.sh            # writes the list (N=$DEFAULT_N words)
#   bash scripts/make-common-words.sh N          # writes the list with N words
#   bash scripts/make-common-words.sh --measure  # prints raw and gzip -9 bytes for N, 5k, 10k, 20k; writes nothing
#   bash scripts/make-common-words.sh --ambiguous [N]  # prints the kept words that SCOWL also
#                                                # lists capitalised (a name: "Will", "Rose", "China")
#
# Where the words come from (only package registries are used):
# - frequency rank: wordfreq (PyPI), its English "large" list (data CC BY-SA 4.0), pip-installed
#   into a venv under /tmp;
# - which words are common words rather than names: SCOWL as Debian's wamerican and wbritish
#   (/usr/share/dict/american-english, british-english; size 50), apt-installed. A word is kept
#   only if one of the two lists has it in lower case (SCOWL writes proper nouns capitalised).
# Rules: ranked by wordfreq, most frequent first; letters only (accented letters included), with
# an inner apostrophe allowed ("don't", "o'clock") or an inner hyphen; at least three letters;
# no "'s" forms (possessives like "trump's", "god's", and "it's": the extractor strips "'s" and
# the stem is listed); lower-case entry of wamerican or wbritish.
set -euo pipefail
cd "$(dirname "$0")/.."

WORDFREQ_VERSION=3.1.1
SCOWL_DEB_VERSION=2020.12.07-2
DEFAULT_N=200  # what the size budget allows (3,000 words cost 11 KB gzip; see tests/devset.rs)
VENV=/tmp/parallax-wordfreq-venv
OUT=crates/parallax-core/data/common-words.txt
LICENSES=crates/parallax-core/data/LICENSES
log() { printf '[common-words] %s\n' "$*" >&2; }

if [ ! -r /usr/share/dict/american-english ] || [ ! -r /usr/share/dict/british-english ]; then
  log "installing Debian wamerican + wbritish"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq wamerican wbritish >/dev/null
fi
for pkg in wamerican wbritish; do
  v=$(dpkg-query -W -f='${Version}' "$pkg")
  [ "$v" = "$SCOWL_DEB_VERSION" ] || log "warning: $pkg is $v, the list was made with $SCOWL_DEB_VERSION (output may differ)"
done

if [ "$("$VENV/bin/pip" show wordfreq 2>/dev/null | awk '/^Version:/ {print $2}')" != "$WORDFREQ_VERSION" ]; then
  log "installing wordfreq $WORDFREQ_VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "wordfreq==$WORDFREQ_VERSION"
fi

MODE=write
N=$DEFAULT_N
case "${1:-}" in
  --measure) MODE=measure ;;
  --ambiguous) MODE=ambiguous; N=${2:-$DEFAULT_N} ;;
  '') ;;
  *) N=$1 ;;
esac

"$VENV/bin/python" - "$MODE" "$N" "$OUT" "$WORDFREQ_VERSION" "$SCOWL_DEB_VERSION" <<'PY'
import gzip, re, sys
from wordfreq import iter_wordlist

mode, n, out, wf_version, scowl_version = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]

def dict_words(path):
    with open(path, encoding="utf-8") as f:
        return {line.rstrip("\n") for line in f}

scowl = dict_words("/usr/share/dict/american-english") | dict_words("/usr/share/dict/british-english")
lower = {w for w in scowl if w == w.lower()}
# Letters (any script's, accents kept as fold keeps them), with inner apostrophes or hyphens.
shape = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")

def ranked():
    for w in iter_wordlist("en", wordlist="large"):
        if (w in lower and shape.fullmatch(w) and not w.endswith("'s")
                and sum(c.isalpha() for c in w) >= 3):
            yield w

def take(k):
    words = []
    for w in ranked():
        words.append(w)
        if len(words) == k:
            return words
    sys.exit(f"only {len(words)} words pass the filters, {k} asked")

def render(words):
    header = f"""\
# Common English words, most frequent first: a capitalised word at a sentence start or in a
# headline ("Therefore", "Tragedy", "Farmland", "Health") that is one of these is likely a common
# word rather than a name. For the entity extractor. Folded (lower case), one a line, the
# {len(words)} most frequent words that pass the rules below, in wordfreq's rank order.
# Some are also names or capitalised homographs ("will", "may", "bill", "rose", "china",
# "turkey"): SCOWL lists both forms; `bash scripts/make-common-words.sh --ambiguous` prints them.
# Rules: a lower-case entry of SCOWL's wamerican or wbritish (where proper nouns are capitalised,
# so names and words that are only names are out); at least three letters; letters with at most
# an inner apostrophe or hyphen ("don't"); no "'s" forms (possessives). Made by
# scripts/make-common-words.sh (run by hand; deterministic), not from any project text.
# Source: wordfreq {wf_version} (PyPI), English "large" list: frequency rank. Data licence CC BY-SA
# 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), so this list is under CC BY-SA 4.0 too.
# wordfreq (Robyn Speer; https://doi.org/10.5281/zenodo.7199437) ranks English words over
# Wikipedia, subtitles (OPUS OpenSubtitles 2018, from opensubtitles.org, and SUBTLEX-US/UK by
# Brysbaert et al., which are freely available data), NewsCrawl and GlobalVoices news, Google
# Books Ngrams (http://books.google.com/ngrams), OSCAR web text, Twitter and Reddit. Its licence
# and attribution terms: LICENSES/wordfreq.txt.
# Source: SCOWL (Kevin Atkinson) as Debian wamerican and wbritish {scowl_version}: which words
# are lower-case dictionary words. SCOWL licence and notices: LICENSES/scowl.txt.
"""
    return header + "".join(w + "\n" for w in words)

if mode == "measure":
    for k in sorted({n, 5000, 10000, 20000}):
        text = render(take(k)).encode("utf-8")
        body = "".join(w + "\n" for w in take(k)).encode("utf-8")
        print(f"N={k:>6}: file {len(text):>7} B raw {len(gzip.compress(text, 9, mtime=0)):>7} B gzip -9"
              f"   (words only {len(body):>7} B raw {len(gzip.compress(body, 9, mtime=0)):>7} B gzip -9)")
elif mode == "ambiguous":
    words = take(n)
    amb = [w for w in words if w.capitalize() in scowl or w.upper() in scowl]
    print(f"{len(amb)} of {len(words)} kept words are also capitalised entries of SCOWL (rank order):")
    print(" ".join(amb))
else:
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(render(take(n)))
    print(f"wrote {out}: {n} words", file=sys.stderr)
PY

if [ "$MODE" = write ]; then
  mkdir -p "$LICENSES"
  {
    echo "SCOWL (Spell Checker Oriented Word Lists), by Kevin Atkinson, as packaged by Debian"
    echo "(wamerican and wbritish $SCOWL_DEB_VERSION). Used by common-words.txt to decide which"
    echo "words are lower-case dictionary words. Its copyright and permission notices follow"
    echo "verbatim, from /usr/share/doc/wamerican/copyright."
    echo
    cat /usr/share/doc/wamerican/copyright
  } >"$LICENSES/scowl.txt"
  log "wrote $LICENSES/scowl.txt"
  {
    echo "wordfreq $WORDFREQ_VERSION (PyPI), by Robyn Speer: code Apache-2.0, data CC BY-SA 4.0"
    echo "(https://creativecommons.org/licenses/by-sa/4.0/). common-words.txt is adapted from its"
    echo "English frequency list, and so is shared under CC BY-SA 4.0. The licence and attribution"
    echo "terms of wordfreq's data follow verbatim, from the package's README (its PyPI metadata)."
    echo
    awk '/^## License$/ {on=1} /^## Citing wordfreq$/ {exit} on' \
      "$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.distribution("wordfreq")._path)')/METADATA" \
      | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
  } >"$LICENSES/wordfreq.txt"
  log "wrote $LICENSES/wordfreq.txt"
fi
