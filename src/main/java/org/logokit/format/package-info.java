/**
 * The file formats logokit writes, as one type every stage shares ({@link Format}). A leaf:
 * imports nothing from logokit.
 */
package org.logokit.format;
