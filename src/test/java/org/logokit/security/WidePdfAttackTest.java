package org.logokit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.cli.LogokitCommand;

/**
 * A master 20000 px wide (within the pixel budget: 20000 x 100) renders to a PDF page of
 * 15000 pt. render writes it and records pageWidth 15000 in the manifest, but the manifest
 * reader refuses any PDF record over 14400 pt: verify straight after a successful render
 * reports 2 problems ("a PDF has 1 page of 0 to 14400 points a side", "not in the manifest"),
 * and every render warns and writes the PDF again. render and verify must agree: either the
 * render refuses the master with one line, or the record is accepted.
 */
class WidePdfAttackTest {
  @TempDir Path dir;

  static int run(StringWriter err, String... args) {
    return LogokitCommand.commandLine().setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(err)).execute(args);
  }

  @Test
  void aPdfRenderWritesIsOneVerifyAccepts() throws Exception {
    Path assets = dir.resolve("assets");
    TestFiles.write(assets.resolve("wide.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "width=\"20000\" height=\"100\"><rect width=\"20000\" height=\"100\" fill=\"#036\"/>"
        + "</svg>");
    TestFiles.write(assets.resolve("logokit.yaml"), "masters:\n  - {file: wide.svg, targets: "
        + "[pdf]}\n");
    Path out = dir.resolve("out");
    StringWriter render = new StringWriter();
    int rendered = run(render, "render", "--assets", assets.toString(), "--out", out.toString());
    // Refused in one line naming the master and the limit; nothing the reader refuses is written.
    assertEquals(1, rendered, render.toString());
    assertTrue(render.toString().contains("wide.svg: pdf would be a page of 15000 x 75 pt,"
        + " over PDF's limit of 14400 pt (200 in) a side"), render.toString());
    assertFalse(java.nio.file.Files.exists(out.resolve("wide/wide.pdf")));
    StringWriter verify = new StringWriter();
    assertEquals(0, run(verify, "verify", "--out", out.toString()), verify.toString());
  }
}
