/**
 * Encoding: images to file bytes, with the resolution each format carries. No paths, no I/O
 * besides the returned bytes; imports nothing from the other stages.
 */
package org.logokit.encode;
