/**
 * TIFF for print: written by TwelveMonkeys (LZW, resolution tags) through
 * {@link org.logokit.format.tiff.TiffEncoder}; {@link org.logokit.format.tiff.TiffLayout} walks
 * the IFDs within their budgets before TwelveMonkeys' reader decodes anything.
 */
package org.logokit.format.tiff;
