/**
 * The build-time annotation processor that writes the client's blocking services from its
 * reactive ones. Not a runtime dependency of anything.
 */
@NullMarked
package io.github.appwritespring.client.processor;

import org.jspecify.annotations.NullMarked;
