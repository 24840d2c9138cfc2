/**
 * Writing: bytes to files atomically, so a killed or failed run never leaves a truncated PNG or
 * manifest. Imports nothing from the other stages.
 */
package org.logokit.write;
