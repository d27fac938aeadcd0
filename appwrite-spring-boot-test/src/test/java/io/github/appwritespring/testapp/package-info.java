/**
 * Applications that use the test support from outside its package, as users' applications
 * do; outside {@code io.github.appwritespring.test} so that the module's own
 * {@code TestApplication} does not scan them.
 */
@NullMarked
package io.github.appwritespring.testapp;

import org.jspecify.annotations.NullMarked;
