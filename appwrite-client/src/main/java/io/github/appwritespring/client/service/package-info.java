/**
 * The Appwrite services, each with a reactive face ({@code ReactiveXxx}, the
 * implementation, answering {@code Mono}/{@code Flux}) and a blocking face ({@code Xxx})
 * that waits for it. Obtain them from
 * {@link io.github.appwritespring.client.AppwriteClient} and its {@code reactive()} face.
 */
@NullMarked
package io.github.appwritespring.client.service;

import org.jspecify.annotations.NullMarked;
