/**
 * What the auto-configuration adds to an application's start-up.
 */
@NullMarked
package io.github.appwritespring.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
