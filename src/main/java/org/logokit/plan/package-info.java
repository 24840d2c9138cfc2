/**
 * Planning: a kit plus each master's intrinsic size gives the list of outputs to make, each with
 * its pixel size, DPI and path. Pure functions, no I/O; imports only {@code kit}.
 */
package org.logokit.plan;
