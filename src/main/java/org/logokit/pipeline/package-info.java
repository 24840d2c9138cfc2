/**
 * The core: the render pipeline end to end ({@link org.logokit.pipeline.KitRenderer}: for each
 * master, in parallel, load, plan, paint, encode, write atomically; then remove what is no
 * longer planned and write the manifest last) and, beside it, the check
 * ({@link org.logokit.pipeline.KitCheck}: whether an output folder is what render would make now,
 * by hashes and the plan ({@link org.logokit.pipeline.Freshness}), or by rendering in memory
 * ({@link org.logokit.pipeline.PixelCheck})). Every front end calls these two. The only package
 * that ties the stages together; knows nothing of the CLI.
 */
package org.logokit.pipeline;
