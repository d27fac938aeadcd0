/**
 * The account page: name, email, password, second factors and sessions, through the
 * starter's endpoints and the user's own session client.
 */
@NullMarked
package io.github.appwritespring.sample.account;

import org.jspecify.annotations.NullMarked;
