/**
 * The kit config: which masters to render, to which targets, under which names.
 *
 * <p>{@link org.logokit.kit.KitLoader} reads {@code logokit.yaml} (or JSON) with Jackson and
 * validates it; problems come back as {@link org.logokit.kit.Diagnostic}s with file and line,
 * never as stack traces. Imports nothing from the other stages.
 */
package org.logokit.kit;
