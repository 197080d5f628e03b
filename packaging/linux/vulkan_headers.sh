#!/bin/sh
# Newer Vulkan headers for building llama.cpp's Vulkan backend on Debian 12, whose
# libvulkan-dev (1.3.239) lacks what ggml-vulkan uses (VK_EXT_layer_settings, 1.3.261+).
# Headers only: the next Debian release's libvulkan-dev .deb is downloaded with apt from
# the same archive this system uses (its sources, with the release name changed) and
# unpacked into build/vulkan-headers/; nothing is installed, the system's Vulkan loader
# stays. Prints the include folder. Usage: packaging/linux/vulkan_headers.sh [RELEASE]
set -eu
RELEASE=${1:-trixie}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/build/vulkan-headers/$RELEASE"
if [ -f "$OUT/usr/include/vulkan/vulkan.hpp" ]; then echo "$OUT/usr/include"; exit 0; fi
WORK=$(mktemp -d)
mkdir -p "$WORK/parts" "$WORK/lists/partial" "$WORK/cache/archives/partial"
. /etc/os-release
for f in /etc/apt/sources.list.d/*.sources; do sed "s/$VERSION_CODENAME/$RELEASE/g" "$f"; done > "$WORK/parts/next.sources"
APT="-q -o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts=$WORK/parts -o Dir::State::Lists=$WORK/lists -o Dir::Cache=$WORK/cache -o APT::Sandbox::User=root"
# shellcheck disable=SC2086 (options, one word each)
apt-get $APT update >&2
# shellcheck disable=SC2086
(cd "$WORK" && apt-get $APT download libvulkan-dev >&2)
mkdir -p "$OUT"
dpkg-deb -x "$WORK"/libvulkan-dev_*.deb "$OUT"
rm -rf "$WORK"
echo "$OUT/usr/include"
