/**
 * The security integration under load (wrk against a signed-in page and its floors).
 */
@NullMarked
package io.github.appwritespring.benchmarks.security;

import org.jspecify.annotations.NullMarked;
