package org.logokit.sets;

import org.logokit.kit.AndroidSet;
import org.logokit.kit.IosSet;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Target;
import org.logokit.kit.WebSet;

/** The bytes of an icon set's text file. */
public final class SetTexts {
  private SetTexts() {}

  /** @param file a {@link Target.SetFile.Kind#TEXT} file of one of the master's sets */
  public static byte[] bytes(Target.SetFile file, MasterSpec master) {
    return switch (file.file()) {
      case WebSet.MANIFEST -> WebManifest.bytes(master);
      case WebSet.HEAD -> HeadLinks.bytes();
      case IosSet.CONTENTS -> ContentsJson.bytes(file.set());
      case AndroidSet.XML -> AdaptiveIconXml.bytes();
      default -> throw new IllegalArgumentException("not a text file of a set: " + file.file());
    };
  }
}
