/**
 * Planning: a kit plus each master's intrinsic size gives the list of outputs to make, each with
 * its pixel size, DPI and path. Pure functions, no I/O; imports only {@code kit}, {@code format}
 * (an output's format, the pHYs rule) and {@code text}.
 */
package org.logokit.plan;
