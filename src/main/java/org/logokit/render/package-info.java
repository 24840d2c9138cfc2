/**
 * Rendering: SVG bytes to a {@link org.logokit.render.SvgMaster} (parsed and built once, with
 * scripts and every external resource refused), then painted to {@code BufferedImage}s at any
 * size. Never writes files. Imports only {@code plan} (for {@code IntrinsicSize}).
 */
package org.logokit.render;
