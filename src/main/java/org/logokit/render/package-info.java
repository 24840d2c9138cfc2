/**
 * Rendering: SVG bytes to a {@link org.logokit.render.SvgMaster} (screened by
 * {@link org.logokit.render.SvgScreen}, parsed and built once, with scripts and every external
 * resource refused), then painted to {@code BufferedImage}s at any size. Never writes files.
 * Imports {@code plan} (for {@code IntrinsicSize}) and {@code kit} (for {@code Limits}).
 */
package org.logokit.render;
