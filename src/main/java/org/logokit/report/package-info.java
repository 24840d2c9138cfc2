/**
 * Reports for people: the contact sheet ({@code index.html} of an output folder) and the visual
 * diff of {@code check --pixels --report}. Imports {@code manifest} and {@code verify}, nothing
 * that renders.
 */
package org.logokit.report;
