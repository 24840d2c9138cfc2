/**
 * Adopting a kit logokit did not make: {@link org.logokit.adopt.Importer} reads a folder of SVG
 * masters and the files exported from them and writes the kit config that reproduces those
 * files (or says, one line each, what it could not place); {@link org.logokit.adopt.KitComparison}
 * compares such a folder with a render, file by file; {@link org.logokit.adopt.ImageFacts} is
 * what any image file in such a folder says of itself (size, pHYs, icon entries).
 *
 * <p>Everything in the folder is untrusted: it is read through {@code write.OutputFolder}
 * (never through a link, within size caps), masters only screened and parsed for their size.
 * Imports {@code kit}, {@code plan}, {@code render} (for intrinsic sizes), {@code format},
 * {@code manifest}, {@code verify}, {@code text} and {@code write}; never renders.
 */
package org.logokit.adopt;
