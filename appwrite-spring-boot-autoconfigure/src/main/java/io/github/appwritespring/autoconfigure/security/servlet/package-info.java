/**
 * Appwrite sign-in for Spring MVC applications: the {@code HttpSecurity} configurer, its
 * filters and the default filter chain.
 */
@NullMarked
package io.github.appwritespring.autoconfigure.security.servlet;

import org.jspecify.annotations.NullMarked;
