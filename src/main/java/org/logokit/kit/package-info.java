/**
 * The kit config: which masters to render, to which targets, under which names.
 *
 * <p>{@link org.logokit.kit.KitLoader} reads {@code logokit.yaml} (or JSON) with Jackson and
 * validates it; problems come back as {@link org.logokit.kit.Diagnostic}s with file and line,
 * never as stack traces. Imports {@code format} (what file a target makes) and {@code text}.
 */
package org.logokit.kit;
