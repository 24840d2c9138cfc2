/**
 * Verifying: a manifest and an output folder give a list of {@link org.logokit.verify.Finding}s.
 * Reads files only; never renders and never needs the masters. Imports {@code manifest} and
 * {@code plan} (for the pHYs rounding rule).
 */
package org.logokit.verify;
