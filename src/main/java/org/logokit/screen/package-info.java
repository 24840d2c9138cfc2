/**
 * Screening untrusted SVG before anything renders it: {@link org.logokit.screen.SvgScreen}
 * passes over a master's XML once (entities, references, scripts, depth, element and filter
 * budgets, embedded data) and refuses it in one line ({@link org.logokit.screen.SvgException});
 * {@link org.logokit.screen.SafeDocumentFactory} and {@link org.logokit.screen.XmlDepth} set up
 * the parser Batik then uses; {@link org.logokit.screen.DeclaredSize} reads a master's size from
 * its root element alone ({@link org.logokit.screen.IntrinsicSizes}), for a check that renders
 * nothing. Never paints. Imports {@code kit} (for {@code Limits}), {@code plan} (for
 * {@code IntrinsicSize}) and {@code text}.
 */
package org.logokit.screen;
