/**
 * The command line: picocli commands, each a few lines over the core. The only package that
 * imports picocli. Exit codes: 0 ok, 1 the work found a problem, 2 bad usage or config.
 */
package org.logokit.cli;
