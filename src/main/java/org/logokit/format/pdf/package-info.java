/**
 * PDF for print: {@link org.logokit.format.pdf.PdfEncoder} draws a master as one vector page
 * through FOP, with reproducible bytes ({@link org.logokit.format.pdf.PdfStamp});
 * {@link org.logokit.format.pdf.PdfFacts} is logokit's own small reader of its page count and
 * size, bounded in the work any file can make it do.
 */
package org.logokit.format.pdf;
