/**
 * Reports for people: the visual diff of {@code check --pixels --report}. Imports {@code verify}
 * (what changed) and nothing that renders.
 */
package org.logokit.report;
