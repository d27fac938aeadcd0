/**
 * Spring Boot auto-configuration for Appwrite: the admin client, the per-request session
 * client, health and the development-time emulator.
 */
@NullMarked
package io.github.appwritespring.autoconfigure;

import org.jspecify.annotations.NullMarked;
