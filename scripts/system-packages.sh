#!/usr/bin/env bash
# Install (when root with apt) or list the Debian packages snnc's hardware flow, benchmarks and browser test use
# (chromium + chromium-driver: the headless browser that tests `snnc serve`'s page; no browser download).
set -u
packages=(yosys nextpnr-ice40 fpga-icestorm verilator iverilog dataset-fashion-mnist chromium chromium-driver)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null \
    || echo "warning: could not install ${missing[*]} (tests that need them are skipped)"
else
  echo "note: missing Debian packages: ${missing[*]} (install them with: sudo apt-get install ${missing[*]})"
fi
exit 0
