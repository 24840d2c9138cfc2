/**
 * Rendering: a screened master's bytes ({@code screen}) to a
 * {@link org.logokit.render.SvgMaster}, parsed and built once with Batik locked down
 * ({@link org.logokit.render.LockedUserAgent}: no script, no external resource), then painted to
 * {@code BufferedImage}s at any size. The kit's fonts are given to each render, never to the
 * JVM. Never writes files, but for those fonts, which Java reads only from files: copies in a
 * temporary folder of the run's own ({@link org.logokit.render.FontCopies}). Imports
 * {@code screen}, {@code plan} (for {@code IntrinsicSize}), {@code kit} (for {@code Limits})
 * and {@code text}.
 */
package org.logokit.render;
