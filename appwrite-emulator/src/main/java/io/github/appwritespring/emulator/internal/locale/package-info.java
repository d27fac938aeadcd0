/**
 * Appwrite's Locale service: static lists from the JDK's locale data.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.locale;

import org.jspecify.annotations.NullMarked;
