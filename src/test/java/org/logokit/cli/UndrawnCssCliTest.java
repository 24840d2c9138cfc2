package org.logokit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;

/**
 * CSS the renderer does not draw is said as a missing font is (issue 18): {@code render} warns,
 * naming the master and the feature, and renders; {@code --strict} fails that master and
 * writes none of its files while the others render; {@code check} reports it as an error. A
 * blend mode logokit draws is no warning at all.
 */
class UndrawnCssCliTest {
  @TempDir Path dir;

  private Path kit() throws Exception {
    Path assets = Files.createDirectories(dir.resolve("assets"));
    TestFiles.write(assets.resolve("outline.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "width=\"40\" height=\"20\"><style>.o { paint-order: stroke }</style><rect class=\"o\" "
        + "x=\"4\" y=\"4\" width=\"32\" height=\"12\" fill=\"#fc0\" stroke=\"#036\" "
        + "stroke-width=\"4\"/></svg>");
    TestFiles.write(assets.resolve("blend.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        + "width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\" fill=\"#fc0\"/><circle "
        + "cx=\"20\" cy=\"10\" r=\"8\" fill=\"#09c\" style=\"mix-blend-mode:multiply\"/></svg>");
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own]\n"
        + "masters: [outline.svg, blend.svg]\n");
    return assets;
  }

  @Test
  void renderWarnsStrictFailsTheMasterCheckCallsItAnError() throws Exception {
    Path assets = kit();
    String out = dir.resolve("out").toString();
    String warning = assets.resolve("outline.svg") + ": paint-order 'stroke' is not drawn "
        + "(Batik paints fill, then stroke, then markers)";

    CliTest.Run strict = CliTest.run("render", "--strict", "-q", "--assets", assets.toString(),
        "--out", out);
    assertEquals(1, strict.exit(), strict.err());
    assertTrue(strict.err().contains("error: " + warning), strict.err());
    assertFalse(Files.exists(dir.resolve("out/outline/outline.png")));
    assertTrue(Files.exists(dir.resolve("out/blend/blend.png")), "the other master renders");

    CliTest.Run render = CliTest.run("render", "-q", "--assets", assets.toString(), "--out", out);
    assertEquals(0, render.exit(), render.err());
    assertTrue(render.err().contains("warning: " + warning), render.err());
    assertFalse(render.err().contains("blend.svg"), "multiply is drawn: " + render.err());

    CliTest.Run check = CliTest.run("check", "--assets", assets.toString(), "--out", out);
    assertEquals(1, check.exit(), check.out() + check.err());
    assertTrue((check.out() + check.err()).contains("paint-order 'stroke' is not drawn"),
        check.out() + check.err());
  }

  /** FOP's PDF graphics has no blend modes: the PDF target of a blending master is warned of. */
  @Test
  void aBlendIsSaidToBeMissingFromThePdfOnly() throws Exception {
    Path assets = kit();
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own]\nmasters:\n"
        + "  - file: blend.svg\n    targets: [own, pdf]\n");
    CliTest.Run render = CliTest.run("render", "-q", "--assets", assets.toString(), "--out",
        dir.resolve("out").toString());
    assertEquals(0, render.exit(), render.err());
    assertEquals("warning: " + assets.resolve("blend.svg") + ": mix-blend-mode 'multiply' is "
        + "drawn in the images but not in the PDF, where that element is drawn as with 'normal' "
        + "(FOP's PDF graphics has no blend modes)", render.err().strip());
    assertTrue(Files.exists(dir.resolve("out/blend/blend.pdf")));
  }

  /**
   * check reads what render reads: a property name split by a comment, a CDATA section or a
   * processing instruction, or in a UTF-16 file, is still found, and check fails as
   * render --strict does.
   */
  @Test
  void checkFindsNamesThatTheFilesBytesHide() throws Exception {
    Path assets = Files.createDirectories(dir.resolve("hidden"));
    String open = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">";
    String rect = "<rect x=\"4\" y=\"4\" width=\"32\" height=\"12\" fill=\"#fc0\" "
        + "stroke=\"#036\"/></svg>";
    TestFiles.write(assets.resolve("comment.svg"), open + "<style>rect{paint-<!-- x -->order:"
        + "stroke}</style>" + rect);
    TestFiles.write(assets.resolve("cdata.svg"), open + "<style><![CDATA[rect{paint-]]>"
        + "<![CDATA[order:stroke}]]></style>" + rect);
    TestFiles.write(assets.resolve("pi.svg"), open + "<style>rect{paint-<?x y?>order:stroke}"
        + "</style>" + rect);
    byte[] utf16 = ("\ufeff<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + open
        + "<style>rect{paint-order:stroke}</style>" + rect)
        .getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    Files.write(assets.resolve("utf16.svg"), utf16);
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [own]\n"
        + "masters: [comment.svg, cdata.svg, pi.svg, utf16.svg]\n");
    String out = dir.resolve("hidden-out").toString();
    assertEquals(0, CliTest.run("render", "-q", "--assets", assets.toString(), "--out", out)
        .exit());
    CliTest.Run check = CliTest.run("check", "--assets", assets.toString(), "--out", out);
    assertEquals(1, check.exit(), check.out() + check.err());
    assertTrue(check.out().contains("check: 4 masters could not render (run "), "a master each, "
        + "however many lines: " + check.out());
    for (String m : new String[] {"comment.svg", "cdata.svg", "pi.svg", "utf16.svg"}) {
      assertTrue((check.out() + check.err()).contains(m + ": paint-order 'stroke' is not drawn"),
          m + ": " + check.out() + check.err());
    }
  }
}
