#!/usr/bin/env bash
# Sourced by scripts/setup.sh, .ci/run and the Dockerfile: exports CFLAGS/CXXFLAGS for the optional
# whisper.cpp addon (smart-whisper). AVX2/FMA/F16C make it usable, but only an x86-64 CPU that has
# all three may get them; an arm64 laptop or an older CPU builds with the compiler's defaults.
# Flags already set by the caller win.
native_build_flags() {
  local flags=""
  if [ "$(uname -m)" = x86_64 ] && [ -r /proc/cpuinfo ] \
    && grep -qw avx2 /proc/cpuinfo && grep -qw fma /proc/cpuinfo && grep -qw f16c /proc/cpuinfo; then
    flags="-mavx2 -mfma -mf16c"
  fi
  export CFLAGS="${CFLAGS:-$flags}" CXXFLAGS="${CXXFLAGS:-$flags}"
}
native_build_flags
