/**
 * Appwrite's Avatars service: initials and QR codes drawn with the JDK's imaging.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.avatars;

import org.jspecify.annotations.NullMarked;
