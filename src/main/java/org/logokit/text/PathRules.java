package org.logokit.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Which names and relative paths logokit accepts, decided on the string alone. Each check
 * returns {@code null} when the value is fine, else the reason in a few words.
 *
 * <p>A pull request writes every name logokit turns into a path, so the rules are strict: a
 * path is relative, its segments are plain (no {@code .}, {@code ..}, empty or hidden segment,
 * no backslash, no control character), and a name is one such segment without the characters
 * Windows and macOS refuse or that the naming template gives a meaning to ({@code { }}).
 */
public final class PathRules {
  /** Longer names are a mistake or an attack; file systems stop at 255 bytes. */
  public static final int MAX_NAME = 200;

  public static final int MAX_PATH = 1000;

  private PathRules() {}

  /** A master's name or a suffix: one plain file-name part. */
  public static String nameProblem(String name) {
    if (name == null || name.isEmpty()) {
      return "is empty";
    }
    if (name.length() > MAX_NAME) {
      return "is longer than " + MAX_NAME + " characters";
    }
    if (name.equals(".") || name.equals("..")) {
      return "is '" + name + "'";
    }
    if (name.startsWith(".")) {
      return "starts with '.' (hidden files are not outputs)";
    }
    if (!name.strip().equals(name)) {
      return "starts or ends with a space";
    }
    String chars = unsafeChar(name, "/\\{}<>:\"|?*");
    return chars == null ? null : "contains " + chars;
  }

  /**
   * A path relative to a folder logokit reads or writes, with '/' between segments.
   *
   * @param output whether logokit makes the file: then segments may not start with '.' (logokit
   *     keeps its own files under dot-names) nor hold characters other systems refuse; a master
   *     only has to exist
   */
  public static String relativePathProblem(String path, boolean output) {
    if (path == null || path.isEmpty()) {
      return "is empty";
    }
    if (path.length() > MAX_PATH) {
      return "is longer than " + MAX_PATH + " characters";
    }
    if (path.startsWith("/") || path.matches("[A-Za-z]:.*")) {
      return "is absolute";
    }
    String chars = unsafeChar(path, output ? "\\{}<>:\"|?*" : "\\");
    if (chars != null) {
      return "contains " + chars;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()) {
        return "has an empty segment ('//' or a '/' at an end)";
      }
      if (segment.equals(".") || segment.equals("..")) {
        return "has a '" + segment + "' segment";
      }
      if (output && segment.startsWith(".")) {
        return "has a hidden segment '" + Shown.of(segment) + "'";
      }
    }
    return null;
  }

  /**
   * What two paths must not share to be two files everywhere: case and Unicode normalisation
   * differ on macOS and Windows, where {@code A.png} and {@code a.png} are one file.
   */
  public static String collisionKey(String path) {
    return Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** The first character that is a control, a reordering mark or one of {@code refused}. */
  private static String unsafeChar(String s, String refused) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = refused.indexOf(c) >= 0
          || (!Shown.of(String.valueOf(c)).equals(String.valueOf(c)));
      if (bad) {
        return c < 0x20 || c >= 0x7f ? "the character " + Shown.of(String.valueOf(c))
            : "'" + c + "'";
      }
    }
    return null;
  }
}
