package org.logokit.screen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code #id} references of a document, gathered while it streams past, to find what
 * {@code <use>}, patterns, markers and the like expand to before Batik builds them: a reference
 * cycle, or a fan-out ("use bomb") that multiplies a few elements into millions.
 *
 * <p>Elements are numbered in document order; an element's subtree is the range of numbers
 * between its start and end. Expanding {@code #x} costs x's subtree plus the expansions of the
 * references inside it.
 */
final class ReferenceGraph {
  /** Longer chains of references than this are refused; Batik recurses along them. */
  static final int MAX_CHAIN = 64;

  private record Range(int start, int end) {}

  private record Ref(int at, String target) {}

  private final Map<String, Range> ids = new HashMap<>();
  private final List<Ref> refs = new ArrayList<>();
  private final Deque<Object[]> open = new ArrayDeque<>(); // {id or null, start}
  private int count;

  void open(String id) {
    open.push(new Object[] {id, count++});
  }

  void close() {
    Object[] e = open.pop();
    if (e[0] != null) {
      ids.putIfAbsent((String) e[0], new Range((int) e[1], count));
    }
  }

  void refer(String target) {
    refs.add(new Ref(count - 1, target));
  }

  /**
   * @throws SvgException on a cycle, or when the expanded document is larger than
   *     {@code maxElements}
   */
  void check(long maxElements) throws SvgException {
    Map<String, Expansion> memo = new HashMap<>();
    long total = count;
    for (Ref r : refs) {
      total += expanded(r.target(), memo, new HashSet<>(), maxElements).size();
      if (total > maxElements) {
        throw tooBig(maxElements);
      }
    }
  }

  /** What referring to an id costs: elements it expands to, and the longest chain it starts. */
  private record Expansion(long size, int chain) {}

  private Expansion expanded(String id, Map<String, Expansion> memo, Set<String> path, long max)
      throws SvgException {
    Expansion known = memo.get(id);
    if (known != null) {
      return known;
    }
    Range range = ids.get(id);
    if (range == null) {
      return new Expansion(0, 0); // a dangling reference: Batik reports it
    }
    if (!path.add(id)) {
      throw new SvgException("references form a cycle through #" + id);
    }
    if (path.size() > MAX_CHAIN) { // checked on the way down too, so this never recurses deep
      throw chainTooLong(id);
    }
    long size = range.end() - range.start();
    int chain = 0;
    // refs are in document order, so those inside the range are a contiguous run.
    for (int i = firstAtOrAfter(range.start()); i < refs.size() && refs.get(i).at() < range.end();
        i++) {
      Expansion inner = expanded(refs.get(i).target(), memo, path, max);
      size += inner.size();
      chain = Math.max(chain, inner.chain());
      if (size > max) {
        throw tooBig(max);
      }
    }
    if (chain + 1 > MAX_CHAIN) {
      throw chainTooLong(id);
    }
    path.remove(id);
    Expansion e = new Expansion(size, chain + 1);
    memo.put(id, e);
    return e;
  }

  private int firstAtOrAfter(int at) {
    int lo = 0;
    int hi = refs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (refs.get(mid).at() < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static SvgException chainTooLong(String id) {
    return new SvgException("a chain of more than " + MAX_CHAIN + " references (through #" + id
        + ")");
  }

  private static SvgException tooBig(long max) {
    return new SvgException("its references (<use> and url(#...)) expand to more than the "
        + "budget of " + max + " elements");
  }
}
