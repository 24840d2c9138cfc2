/**
 * Small pure helpers every stage shares: how an untrusted name is shown in a terminal or CI
 * log ({@link org.logokit.text.Shown}), which names and relative paths are safe
 * ({@link org.logokit.text.PathRules}), a path as a word to paste into a shell
 * ({@link org.logokit.text.ShellWord}), the SHA-256 the manifest records, numbers and JSON as
 * logokit shows and writes them ({@link org.logokit.text.Decimals},
 * {@link org.logokit.text.StableJson}). Imports nothing of logokit.
 */
package org.logokit.text;
