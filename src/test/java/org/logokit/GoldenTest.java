package org.logokit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The reference helpers fail where a reference is missing, and leave pictures of a failure. */
class GoldenTest {
  @Test
  void aMissingReferenceFailsAndNamesTheSwitchThatWritesIt() {
    assumeFalse(Boolean.getBoolean(Golden.WRITE), "references are being written on this run");
    String name = "no-such-reference.txt";
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> Golden.assertMatches(name, "anything"));
    assertTrue(e.getMessage().contains("-D" + Golden.WRITE + "=true"), e.getMessage());
    assertTrue(!Files.exists(TestFiles.RESOURCES.resolve("golden").resolve(name)),
        "nothing written without the switch");
  }

  @Test
  void aDifferentReferenceFails() {
    assumeFalse(Boolean.getBoolean(Golden.WRITE), "references are being written on this run");
    assertThrows(AssertionFailedError.class,
        () -> Golden.assertMatches("xmpp-plan.txt", "not the plan\n"));
  }

  @Test
  void anImageDiffLeavesOldNewAndDifferenceUnderTarget() throws Exception {
    BufferedImage old = new BufferedImage(4, 3, BufferedImage.TYPE_INT_ARGB);
    BufferedImage now = new BufferedImage(4, 3, BufferedImage.TYPE_INT_ARGB);
    now.setRGB(1, 2, 0xff000000);
    Path diff = Golden.writeImageDiff("golden-test/x.png", old, now);
    assertEquals(Golden.DIFFS.resolve("golden-test_x-diff.png"), diff);
    for (String suffix : new String[] {"old", "new", "diff"}) {
      BufferedImage img = TestFiles.decode(Golden.DIFFS.resolve("golden-test_x-" + suffix
          + ".png"));
      assertEquals(4, img.getWidth(), suffix);
    }
    assertEquals(0xffff00ff, TestFiles.decode(diff).getRGB(1, 2), "the changed pixel shown");
  }
}
