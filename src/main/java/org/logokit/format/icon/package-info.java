/**
 * ICO and ICNS: {@link org.logokit.format.icon.IconEncoder} writes the containers around PNG
 * entries from {@code format.png}; {@link org.logokit.format.icon.IconLayout} checks every
 * entry's own header against its directory before TwelveMonkeys' readers decode it.
 */
package org.logokit.format.icon;
