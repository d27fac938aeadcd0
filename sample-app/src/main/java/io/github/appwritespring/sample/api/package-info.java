/**
 * The JSON API for API clients, signed in with Appwrite JWTs.
 */
@NullMarked
package io.github.appwritespring.sample.api;

import org.jspecify.annotations.NullMarked;
