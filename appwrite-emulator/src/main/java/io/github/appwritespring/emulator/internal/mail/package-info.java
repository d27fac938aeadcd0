/**
 * The mailbox behind the public {@code emulator.mail} API: captured messages in the
 * document store, the {@code /_emulator/messages} JSON routes and the
 * {@code /_emulator/mailbox} HTML page. Internal: not API.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.mail;

import org.jspecify.annotations.NullMarked;
