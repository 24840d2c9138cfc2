package org.logokit.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.logokit.TestFiles;
import org.logokit.kit.Kit;
import org.logokit.kit.Limits;
import org.logokit.kit.MasterSpec;
import org.logokit.kit.Scheme;
import org.logokit.kit.Target;
import org.logokit.render.Phases;

/** Images go to the encoders while the master is still painting; order and bytes stay. */
class EncodeOverlapTest {
  @TempDir Path dir;

  @Test
  void eachImageIsHandedOverAsItIsPaintedAndTheOutputsKeepTheirOrder() throws Exception {
    TestFiles.write(dir.resolve("a.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\""
        + " height=\"20\"><circle cx=\"10\" cy=\"10\" r=\"9\" fill=\"#c33\"/>"
        + "<rect x=\"22\" y=\"2\" width=\"16\" height=\"16\" fill-opacity=\"0.5\"/></svg>");
    List<Target> targets = List.of(new Target.Pixels(16), new Target.Pixels(64),
        new Target.Pixels(300), new Target.Dpi(300));
    MasterSpec master = new MasterSpec("a.svg", "a", targets, List.of(Scheme.LIGHT), 0);
    Kit kit = new Kit(null, "{name}{suffix}.png", List.of(master), Limits.DEFAULT);
    Map<Scheme, List<Target>> todo = new EnumMap<>(Scheme.class);
    todo.put(Scheme.LIGHT, targets);

    Rasterizer.Made inline = Rasterizer.rasterize(kit, master, todo, dir, new Phases(),
        FontPolicy.NONE, w -> { }, Runnable::run);

    // An encoder that only queues: it notes which thread hands each image over, then runs
    // the queue last first, on another thread.
    List<String> handedOverBy = Collections.synchronizedList(new ArrayList<>());
    List<Runnable> queued = Collections.synchronizedList(new ArrayList<>());
    Executor lateReversed = task -> {
      handedOverBy.add(Thread.currentThread().getName());
      queued.add(task);
      if (queued.size() == targets.size()) {
        Thread t = new Thread(() -> {
          for (int i = queued.size() - 1; i >= 0; i--) {
            queued.get(i).run();
          }
        });
        t.start();
      }
    };
    Rasterizer.Made overlapped = Rasterizer.rasterize(kit, master, todo, dir, new Phases(),
        FontPolicy.NONE, w -> { }, lateReversed);

    assertEquals(List.of("logokit-master", "logokit-master", "logokit-master",
        "logokit-master"), handedOverBy, "handed over by the painting thread, while it paints");
    assertEquals(inline.masterSha256(), overlapped.masterSha256());
    assertEquals(targets.size(), overlapped.outputs().size());
    for (int i = 0; i < targets.size(); i++) {
      assertEquals(inline.outputs().get(i).job().path(), overlapped.outputs().get(i).job().path());
      assertArrayEquals(inline.outputs().get(i).bytes(), overlapped.outputs().get(i).bytes());
    }
  }
}
