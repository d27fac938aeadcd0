/**
 * Appwrite's Messaging service: providers, topics, subscribers and messages (email, SMS
 * and push), the users' targets they reach, delivery into the emulator's mailbox and the
 * audit logs of each resource.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.messaging;

import org.jspecify.annotations.NullMarked;
