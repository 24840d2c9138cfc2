/**
 * The render pipeline end to end: for each master (in parallel, one per core) load, plan,
 * paint, encode, write atomically; then remove what is no longer planned and write the manifest
 * last. The only package that ties the stages together; knows nothing of the CLI.
 */
package org.logokit.pipeline;
