# Sourced by test.sh and serve.sh (not run): compiler flags for every wasm32 build.
#
# A panic names the file it comes from, so the wasm holds the path of each crate file that can
# panic: under the registry, "$CARGO_HOME/registry/src/index.crates.io-<hash>/yew-0.23.0/src/...",
# about 60 bytes of prefix each. Remapped to the crate's own path ("yew-0.23.0/src/..."), the
# single file is about 320 B smaller gzip'd (399,389 -> 399,071 B measured); behaviour is the same.
# The prefixes are found here rather than written in .cargo/config.toml because they depend on
# the machine's CARGO_HOME. Cargo splits these flags at spaces: a CARGO_HOME with a space in it
# gets no remapping (a bigger file, nothing worse).
# On a fresh machine the registry holds no sources until the first download: fetch the
# project's crates first (from crates.io, as the build would), so that the prefix exists.
ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/ > /dev/null 2>&1 || cargo fetch --quiet
wasm_flags=""
for registry in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  case "$registry" in *" "* | *"*"*) continue ;; esac
  wasm_flags="$wasm_flags --remap-path-prefix=$registry="
done
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${wasm_flags# }"
unset wasm_flags registry
