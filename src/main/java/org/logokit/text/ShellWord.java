package org.logokit.text;

/**
 * A string as one word of a POSIX {@code sh} command line that a person pastes: in single
 * quotes, where nothing is special ({@code $(...)}, backquotes, {@code ;}, globs, spaces), each
 * {@code '} written as {@code '\''}. A folder from a pull request named {@code x$(touch PWNED)}
 * is then a folder name, not a command. Print it through {@link Shown} as any untrusted text.
 *
 * <pre>{@code
 * ShellWord.of("it's here") // 'it'\''s here'
 * }</pre>
 */
public final class ShellWord {
  private ShellWord() {}

  public static String of(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
