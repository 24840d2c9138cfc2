package org.logokit.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The values CI consumers read from {@code --format json} are written out, not derived from class
 * names or prose: renaming a record or rewording a message changes none of them.
 */
class FindingKindsTest {
  @Test
  void everyKindOfFindingHasItsStableName() {
    List<Finding> one = List.of(new Finding.NoManifest("p", "r"), new Finding.BadRecord("p", "r"),
        new Finding.NotAFile("p", "r"), new Finding.Missing("p"), new Finding.Unlisted("p"),
        new Finding.Undecodable("p", "r"), new Finding.WrongSize("p", 1, 1, 2, 2),
        new Finding.WrongDpi("p", 96, 3780, "72"), new Finding.WrongEntries("p", List.of(),
        List.of()), new Finding.WrongPages("p", "a", "b"), new Finding.WrongHash("p",
        "a".repeat(64), 1, "b".repeat(64), 2), new Finding.Stale("p",
        StaleReason.MISSING, null), new Finding.OtherBytes("p", "m", "d"),
        new Finding.PixelsChanged("p", "m", "d", 1, 0.5, 1));
    Map<String, String> kinds = new TreeMap<>();
    one.forEach(f -> kinds.put(f.getClass().getSimpleName(), f.kind()));
    assertEquals(Finding.class.getPermittedSubclasses().length, kinds.size(), "every kind");
    assertEquals(new TreeMap<>(Map.ofEntries(Map.entry("NoManifest", "no-manifest"),
        Map.entry("BadRecord", "bad-record"), Map.entry("NotAFile", "not-a-file"),
        Map.entry("Missing", "missing"), Map.entry("Unlisted", "unlisted"),
        Map.entry("Undecodable", "undecodable"), Map.entry("WrongSize", "wrong-size"),
        Map.entry("WrongDpi", "wrong-dpi"), Map.entry("WrongEntries", "wrong-entries"),
        Map.entry("WrongPages", "wrong-pages"), Map.entry("WrongHash", "wrong-hash"),
        Map.entry("Stale", "stale"), Map.entry("OtherBytes", "other-bytes"),
        Map.entry("PixelsChanged", "pixels-changed"))), kinds);
  }

  @Test
  void theReasonsConsumersKeyOnKeepTheirValues() {
    assertEquals("master changed", StaleReason.MASTER_CHANGED.id());
    assertEquals("missing", StaleReason.MISSING.id());
    assertEquals("renderer changed", StaleReason.RENDERER_CHANGED.id());
    assertEquals("file edited", StaleReason.FILE_EDITED.id());
  }
}
