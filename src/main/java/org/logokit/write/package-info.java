/**
 * The folders logokit owns (output, report): every path read, written or deleted there is a
 * checked relative path on the real file system, never through a link; files are written
 * atomically (a killed or failed run never leaves a truncated PNG or manifest), and a master's
 * files can be staged and committed together. Imports only {@code text}.
 */
package org.logokit.write;
