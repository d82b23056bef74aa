#!/usr/bin/env bash
# Installs the offline speech stack from Debian (bookworm only): ffmpeg (decoding any upload),
# pocketsphinx + its US English model (the offline recognizer), and Festival voices plus sox,
# which the tests, the measurements and the demo sample use to make realistic synthetic speech.
source "$(dirname "$0")/lib.sh"

# package → a file it installs, so an installed package costs no apt call.
declare -A MARKERS=(
  [ffmpeg]=/usr/bin/ffmpeg
  [pocketsphinx]=/usr/bin/pocketsphinx_continuous
  [pocketsphinx-en-us]=/usr/share/pocketsphinx/model/en-us/en-us/mdef
  [festival]=/usr/bin/text2wave
  [festvox-kallpc16k]=/usr/share/festival/voices/english/kal_diphone
  [festvox-us-slt-hts]=/usr/share/festival/voices/us/cmu_us_slt_arctic_hts
  [sox]=/usr/bin/sox
)
ORDER=(ffmpeg pocketsphinx pocketsphinx-en-us festival festvox-kallpc16k festvox-us-slt-hts sox)

missing=()
for package in "${ORDER[@]}"; do
  [ -e "${MARKERS[$package]}" ] || missing+=("$package")
done

if [ "${#missing[@]}" -eq 0 ]; then
  say "speech: ffmpeg, pocketsphinx (en-us), Festival voices and sox already installed"
else
  apt_install "${missing[@]}"
  for package in "${missing[@]}"; do
    [ -e "${MARKERS[$package]}" ] || fail "speech: $package installed but ${MARKERS[$package]} is missing"
  done
  say "speech: installed ${missing[*]}"
fi

version=$(dpkg-query -W -f='${Version}' pocketsphinx 2>/dev/null || echo unknown)
say "speech: pocketsphinx $version, $(ffmpeg -hide_banner -version 2>/dev/null | head -n1 | cut -d' ' -f1-3)"
