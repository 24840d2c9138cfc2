/**
 * The manifest: what a render made, as records and their stable JSON form. The one contract
 * between building and verifying. Imports only {@code format} (each record's format, and
 * which renderer and encoder this build makes it with) and {@code text}.
 */
package org.logokit.manifest;
