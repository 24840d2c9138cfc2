/**
 * The file formats logokit writes and reads, one package per family with its writer and its
 * readers side by side ({@code format.png}, {@code format.icon}, {@code format.tiff},
 * {@code format.pdf}), and what they share here: {@link org.logokit.format.Format} (each
 * constant names its family's {@link org.logokit.format.Codec}), {@link
 * org.logokit.format.ImageLayout} (every image reader's budgets, checked against the file's own
 * headers before any decoder sees the bytes) and {@link org.logokit.format.ImageFiles} (decoding
 * any image file within them). Bytes in, bytes out: no paths, no output folder. Imports only
 * {@code text}.
 */
package org.logokit.format;
