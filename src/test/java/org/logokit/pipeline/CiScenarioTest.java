package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.verify.StaleReason;
import org.logokit.RenderedKit;
import org.logokit.TestFiles;
import org.logokit.kit.Kit;
import org.logokit.kit.KitLoader;
import org.logokit.manifest.ManifestEntry;
import org.logokit.verify.Finding;
import org.logokit.verify.ManifestFile;
import org.logokit.verify.Verifier;

/** What CI sees when a pull request changes one logo of the XMPP kit. */
class CiScenarioTest {
  static final String MASTER = "xmpp_logo_(without_text).svg";

  @TempDir Path dir;

  @Test
  void editOneMasterCheckFailsWithItsOutputsRenderRedoesOnlyThoseCheckPasses() throws Exception {
    Path assets = TestFiles.copyAssets(dir);
    Path out = RenderedKit.get().copyTo(dir.resolve("output"));
    Kit kit = KitLoader.load(assets, null);
    assertEquals(List.of(), KitCheckTest.findings(kit, assets, out), "the committed kit is current");

    Path master = assets.resolve(MASTER);
    Files.writeString(master, Files.readString(master).replace("#1b3967", "#b03020"));

    // Every output of the edited master, and only those: as many as the manifest records.
    List<ManifestEntry> records = ManifestFile.read(out).manifest().outputs();
    long ofMaster = records.stream().filter(e -> e.master().equals(MASTER)).count();
    assertTrue(ofMaster > 1, "the master has several outputs: " + ofMaster);
    List<Finding> findings = KitCheckTest.findings(kit, assets, out);
    assertEquals(ofMaster, findings.size(), findings.toString());
    for (Finding f : findings) {
      Finding.Stale s = (Finding.Stale) f;
      assertEquals(StaleReason.MASTER_CHANGED, s.reason());
      assertEquals(MASTER, s.master());
      assertTrue(s.path().startsWith("xmpp_logo_(without_text)/"), s.path());
    }

    long before = Files.getLastModifiedTime(out.resolve("xmpp_logo/xmpp_logo.png")).toMillis();
    RenderReport report = KitRenderer.render(kit, new RenderOptions(assets, out, 2));
    assertEquals(ofMaster, report.written());
    assertEquals(records.size() - ofMaster, report.kept());
    assertEquals(before,
        Files.getLastModifiedTime(out.resolve("xmpp_logo/xmpp_logo.png")).toMillis(),
        "an untouched master's file is not rewritten");

    assertEquals(List.of(), KitCheckTest.findings(kit, assets, out));
    assertEquals(List.of(), Verifier.verify(out));
  }
}
