/**
 * Verifying: a manifest and an output folder give a list of {@link org.logokit.verify.Finding}s
 * ({@link org.logokit.verify.Verifier}): each file against its record, through its format's
 * codec, within the readers' budgets. Reads files only; never renders and never needs the
 * masters. Also what findings are made of: why an output is stale
 * ({@link org.logokit.verify.StaleReason}), how two images differ, the manifest file as read.
 * Imports {@code manifest}, {@code format}, {@code kit}, {@code plan} (the pHYs rule),
 * {@code text} and {@code write}.
 */
package org.logokit.verify;
