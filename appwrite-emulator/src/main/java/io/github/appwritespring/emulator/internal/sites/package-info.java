/**
 * Sites: their settings, deployments recorded without a build, variables, frameworks and
 * (always empty) request logs. Internal: not API.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.sites;

import org.jspecify.annotations.NullMarked;
