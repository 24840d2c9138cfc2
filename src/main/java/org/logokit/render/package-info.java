/**
 * Rendering: SVG bytes to a {@link org.logokit.render.SvgMaster} (screened by
 * {@link org.logokit.render.SvgScreen}, parsed and built once, with scripts and every external
 * resource refused), then painted to {@code BufferedImage}s at any size. Never writes files,
 * but for the kit's fonts, which Java reads only from files: copies in a temporary folder of
 * the run's own ({@link org.logokit.render.FontCopies}).
 * {@link org.logokit.render.DeclaredSize} reads a master's size from its root element alone, for
 * a check that renders nothing. Imports {@code plan} (for {@code IntrinsicSize}), {@code kit}
 * (for {@code Limits}), {@code format} and {@code text}.
 */
package org.logokit.render;
