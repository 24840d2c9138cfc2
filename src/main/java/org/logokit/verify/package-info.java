/**
 * Verifying: a manifest and an output folder give a list of {@link org.logokit.verify.Finding}s.
 * Reads files only; never renders and never needs the masters. Every image file is read first as
 * {@code ImageLayout}, its own headers within fixed budgets, before a decoder sees it. {@link
 * org.logokit.verify.ImageFacts} tells what any image file says of itself (size, pHYs, icon
 * entries) for the folders {@code import} and {@code compare} read. Imports {@code manifest} and
 * {@code plan} (for the pHYs rounding rule).
 */
package org.logokit.verify;
