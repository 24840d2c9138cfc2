/**
 * The manifest: what a render made, as records and their stable JSON form. The one contract
 * between building and verifying; imports nothing from the other stages.
 */
package org.logokit.manifest;
