package org.logokit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.text.Sha256;
import org.logokit.format.pdf.HostilePdfs;
import org.logokit.format.pdf.PdfFacts;

/**
 * Issue 21, item 6: a committed PDF whose 2,000 page-tree nodes share one {@code Kids} object
 * behind a long comment, with a manifest that records its hash. Every command that reads it
 * ({@code verify}, {@code check}, and {@code render} when nothing else is to do) read the
 * comment once per node: 28-63 s for 10-25 MB. Each now reads at most the PDF reader's budget,
 * measured by its counter of bytes scanned, and reports the file in one line.
 */
class SharedKidsPdfAttackTest {
  private static final String PDF = "a/a.pdf";

  @TempDir Path dir;
  Path assets;
  Path out;

  @BeforeEach
  void aKitWithAHostilePdfItsManifestVouchesFor() throws Exception {
    assets = dir.resolve("assets");
    TestFiles.write(assets.resolve("a.svg"), TestFiles.rectSvg("width=\"20\" height=\"20\"",
        "red"));
    TestFiles.write(assets.resolve("logokit.yaml"), "targets: [pdf]\nmasters: [a.svg]\n");
    out = dir.resolve("out");
    assertEquals(0, Cli.run("render", "-q", "--assets", assets.toString(), "--out",
        out.toString()).exit());
    byte[] ours = Files.readAllBytes(out.resolve(PDF));
    byte[] hostile = HostilePdfs.sharedKidsBehindAComment(2000, 5 << 20);
    Files.write(out.resolve(PDF), hostile);
    Path manifest = out.resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest)
        .replace(Sha256.hex(ours), Sha256.hex(hostile))
        .replace("\"bytes\" : " + ours.length + ",", "\"bytes\" : " + hostile.length + ","));
  }

  /** Runs the command and returns it with the bytes the PDF reader scanned meanwhile. */
  private static Cli scanning(long[] scanned, Supplier<Cli> command) {
    long before = PdfFacts.bytesScannedInThisJvm();
    Cli r = command.get();
    scanned[0] = PdfFacts.bytesScannedInThisJvm() - before;
    return r;
  }

  @Test
  void verifyReportsItInOneLineWithinTheBudget() {
    long[] scanned = new long[1];
    Cli r = scanning(scanned, () -> Cli.run("verify", "--out", out.toString()));
    assertEquals(1, r.exit(), r.all());
    assertEquals(1, r.all().lines().filter(l -> l.contains(PDF)).count(), r.all());
    assertTrue(r.all().contains(PDF + ": does not decode: more structure than a logokit PDF has"
        + " (over 4 MiB to read)"), r.all());
    assertTrue(scanned[0] <= PdfFacts.MAX_BYTES_SCANNED + 1, scanned[0] + " bytes scanned");
  }

  @Test
  void checkCallsItStaleWithinTheBudget() {
    long[] scanned = new long[1];
    Cli r = scanning(scanned, () -> Cli.run("check", "--assets", assets.toString(), "--out",
        out.toString()));
    assertEquals(1, r.exit(), r.all());
    assertTrue(r.all().contains(PDF), r.all());
    assertTrue(scanned[0] <= PdfFacts.MAX_BYTES_SCANNED + 1, scanned[0] + " bytes scanned");
  }

  @Test
  void renderWritesItAgainWithinTheBudget() throws Exception {
    long[] scanned = new long[1];
    Cli r = scanning(scanned, () -> Cli.run("render", "--assets", assets.toString(), "--out",
        out.toString()));
    assertEquals(0, r.exit(), r.all());
    // The hostile file, read once within the budget, and the new one read back for its record.
    assertTrue(scanned[0] <= PdfFacts.MAX_BYTES_SCANNED + 1 + 4096, scanned[0]
        + " bytes scanned");
    assertEquals(1, PdfFacts.read(Files.readAllBytes(out.resolve(PDF))).pages());
    assertEquals(0, Cli.run("verify", "--out", out.toString()).exit());
  }
}
