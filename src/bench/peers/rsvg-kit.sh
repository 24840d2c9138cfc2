#!/usr/bin/env bash
# The 88 PNGs of the XMPP kit with rsvg-convert, one process per PNG (as it is used).
set -euo pipefail
masters=$1 out=$2
for v in xmpp_logo 'xmpp_logo_(black_text)' 'xmpp_logo_(white_text)' 'xmpp_logo_(without_text)' \
         xmpp_black_logo 'xmpp_black_logo_(without_text)' xmpp_white_logo \
         'xmpp_white_logo_(without_text)'; do
  mkdir -p "$out/$v"
  for t in ":200" "-300dpi:625" "-600dpi:1250" "-16px:16" "-32px:32" "-64px:64" "-128px:128" \
           "-256px:256" "-512px:512" "-768px:768" "-1024px:1024"; do
    rsvg-convert -w "${t#*:}" -h "${t#*:}" -o "$out/$v/$v${t%%:*}.png" "$masters/$v.svg"
  done
done
