# The report of logokit's GitHub Action: `logokit check --format json` (or null when check
# printed no JSON) in, GitHub annotations, a job summary or counts out ($mode). Run by
# logokit-check.sh; needs jq 1.6 or newer.
#
# Every string in the document is the pull request's (master and output names, the config's
# values, manifest.json's paths), so each is escaped for where it lands:
#   - annotations are workflow commands: a name may neither end the line nor start a command;
#   - the summary is Markdown: a name is shown inside a code span, where no HTML, link,
#     emphasis or entity works, with the two characters that could end the span or its table
#     cell (` and |) shown as \x60 and \x7c.
#
# Arguments: $mode (annotations | summary | counts | shown | artifact), $ws
# ($GITHUB_WORKSPACE, to make paths relative for annotations), $exit (check's exit code),
# $assets, $out, $config, $pixels ("true" | "false"), $report (the visual diff's folder, ""
# if none), $artifact (its artifact's name), $stderr (what check printed on stderr).

# A number in n lower-case hex digits.
def hex($n): . as $v | [range($n - 1; -1; -1) | ($v / pow(16; .) | floor) % 16]
  | map("0123456789abcdef"[.:. + 1]) | join("");

# As logokit's Shown: control characters as \xNN, bidi controls and line separators as
# \u{NNNN}, and neither "::" nor "##[" left whole, so no workflow command forms anywhere.
def shown:
  gsub("(?<c>[\\x{0}-\\x{1f}\\x{7f}-\\x{9f}])"; "\\x" + (.c | explode[0] | hex(2)))
  | gsub("(?<c>[\\x{200e}\\x{200f}\\x{61c}\\x{2028}\\x{2029}\\x{feff}\\x{202a}-\\x{202e}"
      + "\\x{2066}-\\x{2069}])"; "\\u{" + (.c | explode[0] | hex(4)) + "}")
  | gsub("::"; ":\\x3a") | gsub("##\\["; "#\\x23[");

# Long values are cut: a reader needs to recognise a name, and the summary has a size limit.
def cut: if length > 200 then .[:200] + "..." else . end;

# Untrusted text in the summary: a code span that nothing can end early.
def md: (tostring | cut | shown | gsub("`"; "\\x60") | gsub("\\|"; "\\x7c")) as $s
  | if $s == "" then "(empty)" else "`" + $s + "`" end;

# GitHub's escapes for a workflow command's message and its properties.
def data: tostring | shown | gsub("%"; "%25") | gsub("\r"; "%0D") | gsub("\n"; "%0A");
def prop: data | gsub(":"; "%3A") | gsub(","; "%2C");

# A path as GitHub places annotations: relative to the workspace.
def rel: if $ws != "" and startswith($ws + "/") then .[($ws | length) + 1:] else . end;

def plural($n; $word): "\($n) \($word)" + (if $n == 1 then "" else "s" end);

# The findings as people read them (as logokit's own --format github groups them): one group
# per changed master with all its outputs, with the pixel figures of those outputs joined to
# it; one group per output and message otherwise.
def groups:
  (.findings // []) as $all
  | ([$all[] | select(.kind == "stale" and .reason == "master changed")
      | {key: .path, value: .file}] | from_entries) as $masterOf
  | reduce $all[] as $f ({keys: [], g: {}};
      ($f.kind == "pixels-changed" and $masterOf[$f.path] != null) as $joined
      | (if $f.kind == "stale" and $f.reason == "master changed" or $joined
         then {file: $masterOf[$f.path], message: "master changed", master: true}
         else {file: $f.file, message: $f.message, master: false} end) as $head
      | ($head.file + "\n" + $head.message) as $k
      | if .g[$k] == null then .keys += [$k] | .g[$k] = $head + {paths: [], pixels: []}
        else . end
      | if $joined then .g[$k].pixels += [$f]
        elif (.g[$k].paths | any(. == $f.path)) then .
        else .g[$k].paths += [$f.path]
        end)
  | [.keys[] as $k | .g[$k]];

# "pixels changed in 2 outputs: max 255, mean 95.75 per channel, 320 pixels"; an output that
# could not be compared (no max: it does not decode, another size) gives its reason instead.
def figures:
  if (.pixels | length) == 0 then null
  else [.pixels[] | select(.max != null)] as $c
    | [.pixels[] | select(.mean != null)] as $m
    | ([.pixels[] | select(.max == null) | .message | ltrimstr("pixels changed: ")]
        | reduce .[] as $w ([]; if any(.[]; . == $w) then . else . + [$w] end)) as $why
    | "pixels changed in " + plural(.pixels | length; "output")
      + (if ($c | length) == 0 then "" else ": max " + ([$c[].max] | max | tostring) end)
      + (if ($m | length) == 0 then "" else ", mean "
          + (([$m[].mean] | add / length) * 1000 | round / 1000 | tostring)
          + " per channel, " + ([$m[].changedPixels // 0] | add | tostring) + " pixels" end)
      + (if ($why | length) == 0 then ""
         else (if ($c | length) == 0 then ": " else "; " end) + ($why[:4] | join("; "))
           + (if ($why | length) > 4 then "; and \(($why | length) - 4) more reasons" else "" end)
         end)
  end;

# A group's outputs: "2 outputs: a/a-16px.png, a/a.png" (the first four of them).
def listed($quote):
  (.paths | length) as $n
  | plural($n; "output") + ": " + ([.paths[:4][] | if $quote then md else . end] | join(", "))
    + (if $n > 4 then " and \($n - 4) more" else "" end);

def annotations:
  (groups[] | "::error file=" + (.file | rel | prop) + ",title=logokit check::"
      + ((.message + (if .master or (.paths | length) > 1 then ": " + listed(false) else "" end)
          + (figures // "" | if . == "" then "" else "; " + . end)) | data)),
  ((.failures // [])[] | "::error file=" + (.file | rel | prop)
      + (if (.line // 0) > 0 then ",line=\(.line)" else "" end)
      + ",title=logokit check::" + (.message | data));

def counts:
  {findings: (.findings // [] | length),
   outputs: ([.findings // [] | .[].path] | unique | length),
   mastersChanged: ([.findings // [] | .[]
       | select(.kind == "stale" and .reason == "master changed") | .file] | unique | length),
   failures: (.failures // [] | length)};

# The lines of stderr worth showing: its errors, else its end.
def stderrShown:
  ($stderr | split("\n") | map(select(. != ""))) as $lines
  | ([$lines[] | select(startswith("error:"))] | if length > 0 then . else $lines[-20:] end)
  | map("    " + md) | join("\n");

def where: .file + (if (.line // 0) > 0 then ":\(.line)" else "" end);

def problems($title):
  if (.failures // [] | length) == 0 then empty
  else "### " + $title + "\n\n"
    + ([.failures[:50][] | "- " + (where | md) + ": " + (.message | md)] | join("\n"))
    + (if (.failures | length) > 50 then "\n- and \((.failures | length) - 50) more" else "" end)
    + "\n"
  end;

def renderCommand:
  "logokit render --assets " + $assets + (if $config == "" then "" else " --config " + $config end)
    + " --out " + $out;

def summary:
  (. // {}) as $doc
  | ($doc | counts) as $c
  | ($doc | groups) as $groups
  | [$groups[] | select(.master)] as $masters
  | [ "## logokit check",
      "",
      if $exit == 0 then
        "✅ **" + ($out | md) + " is current**: every output is what the masters in "
          + ($assets | md) + " make ("
          + (if $pixels == "true" then "hashes and pixels compared"
             else "hashes compared; pixels not compared" end)
          + ")."
      elif $exit == 1 and ($doc | has("findings")) then
        "❌ **" + ($out | md) + " is not what the masters make**: "
          + plural($c.findings; "finding") + " in " + plural($c.outputs; "output")
          + (if $c.failures > 0 then ", " + plural($c.failures; "master") + " could not render"
             else "" end) + " (exit 1)."
      elif $exit == 2 then
        "⚠️ **logokit could not check " + ($out | md)
          + "**: bad usage or a bad kit config (exit 2)."
      else
        "⚠️ **logokit failed** (exit \($exit))."
      end,
      "",
      (if $exit == 1 and ($doc | has("findings")) then
        "| findings | outputs | masters changed | could not render |\n|---:|---:|---:|---:|\n"
          + "| \($c.findings) | \($c.outputs) | \($c.mastersChanged) | \($c.failures) |\n"
       else empty end),
      (($doc.bytesOnly // []) as $b | if ($b | length) > 0 then
        "ℹ️ " + plural($b | length; "output") + " of " + ($out | md)
          + (if ($b | length) == 1 then " has" else " have" end)
          + " the pixels this logokit makes but bytes from another encoder (e.g. "
          + ($b[0].path | md) + ": " + ($b[0].recordedEncoder | md) + ", this logokit's "
          + ($b[0].encoder | md) + "): not a finding; " + (renderCommand + " --reencode" | md)
          + " rewrites them.\n"
       else empty end),
      (if ($masters | length) > 0 then
        "### Masters changed\n\n"
          + ([$masters[:50][] | "- " + (.file | md) + ": " + plural(.paths | length; "output")]
             | join("\n"))
          + (if ($masters | length) > 50 then "\n- and \(($masters | length) - 50) more"
             else "" end)
          + "\n"
       else empty end),
      (if ($groups | length) > 0 then
        "### Findings\n\n| file | finding | outputs |\n|---|---|---|\n"
          + ([$groups[:50][] | "| " + (.file | md) + " | "
               + ((.message + (figures // "" | if . == "" then "" else "; " + . end)) | md)
               + " | " + listed(true) + " |"] | join("\n"))
          + (if ($groups | length) > 50
             then "\n\nand \(($groups | length) - 50) more: see the annotations in the log."
             else "" end)
          + "\n"
       else empty end),
      ($doc | problems(if $exit == 2 then "Problems" else "Masters that could not render" end)),
      (if ($exit != 0 and ($doc | (.failures // []) | length) == 0
           and ($exit != 1 or ($doc | has("findings") | not))) then
         (stderrShown | if . == "" then empty else "### What logokit said\n\n" + . + "\n" end)
       else empty end),
      (if $report != "" then
        "### Visual diff\n\nThe committed and the fresh images of every changed output, side by "
          + "side: the artifact " + ($artifact | md) + " (written to " + ($report | md)
          + "; open `index.html`).\n"
       else empty end),
      (if $exit == 1 then
        "To update " + ($out | md) + ", run " + (renderCommand | md) + " and commit the result.\n"
       else empty end)
    ]
  | join("\n") + "\n";

if $mode == "annotations" then (. // {}) | annotations
elif $mode == "counts" then (. // {}) | counts | "\(.findings) \(.mastersChanged)"
elif $mode == "summary" then summary
elif $mode == "shown" then shown
elif $mode == "artifact" then $artifact | md
else error("unknown mode: " + $mode) end
