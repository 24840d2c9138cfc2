/**
 * Reports for people: the contact sheet ({@code index.html} of an output folder) and the visual
 * diff of {@code check --pixels --report}. Plain HTML and CSS, no script; every name in them
 * escaped by {@code Html}, every link made by {@code ContactSheet.href} and inside the folder.
 * Imports {@code manifest}, {@code verify} (to decode files), {@code encode} (PNG previews),
 * {@code kit} (which targets are icon sets), {@code format}, {@code text} and {@code write},
 * nothing that renders.
 */
package org.logokit.report;
