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
    Target.IconSet set = file.set();
    if (file.file().equals(WebSet.MANIFEST)) {
      return WebManifest.bytes(master, set);
    } else if (file.file().equals(WebSet.HEAD)) {
      return HeadLinks.bytes(set);
    } else if (file.file().equals(IosSet.CONTENTS)) {
      return ContentsJson.bytes(set);
    } else if (file.file().equals(AndroidSet.xml(set, false))
        || file.file().equals(AndroidSet.xml(set, true))) {
      return AdaptiveIconXml.bytes(set);
    }
    throw new IllegalArgumentException("not a text file of a set: " + file.file());
  }
}
