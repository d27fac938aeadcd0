/**
 * What Sites (and, in Appwrite, Functions) share: deployments recorded without a build,
 * environment variables and the compute specifications. Internal: not API.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.compute;

import org.jspecify.annotations.NullMarked;
