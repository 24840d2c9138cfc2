/**
 * PNG: {@link org.logokit.format.png.PngEncoder} writes the rows through libdeflate, bundled
 * and checked once per run ({@link org.logokit.format.png.Libdeflate}), so that the same pixels
 * give the same bytes on every machine; {@link org.logokit.format.png.PngCodec} reads a PNG's
 * header, facts and pixels within the budgets, and {@link org.logokit.format.png.PngChunks}
 * tells whether a PNG is laid out as logokit writes one.
 */
package org.logokit.format.png;
