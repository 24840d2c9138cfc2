/**
 * The text files of icon sets: the web app manifest, the {@code <link>} tags, Xcode's
 * {@code Contents.json} and Android's adaptive-icon XML. Each is made from the set's file list
 * (in {@link org.logokit.kit}) and the master's name and title, which come from an untrusted
 * config: JSON is written by Jackson, XML and HTML escaped, and every file is byte-reproducible
 * ('\n' line ends, a fixed key order, a trailing newline). Imports {@code kit} and
 * {@code report.Html} only; no paths, no I/O.
 */
package org.logokit.sets;
