#!/usr/bin/env bash
# System packages that help but cannot come from PyPI. Installs them when we are root with apt;
# otherwise says what is missing and what that costs. Never fails the build.
missing=()
command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v objcopy >/dev/null 2>&1 || missing+=(binutils)
# Debian's chromium renders the HTML report headless, to check its figures
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "sysdeps: installing ${missing[*]} with apt-get"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null 2>&1 \
    || echo "sysdeps: apt-get install ${missing[*]} failed"
else
  echo "sysdeps: missing ${missing[*]}; install with: sudo apt-get install ${missing[*]}"
  case " ${missing[*]} " in *" bubblewrap "*)
    echo "sysdeps: without bubblewrap candidates run with resource limits only: they can read your files and reach the network";;
  esac
fi
exit 0
