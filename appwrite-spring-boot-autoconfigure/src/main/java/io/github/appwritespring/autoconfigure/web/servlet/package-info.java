/**
 * The per-request Appwrite session client in Spring MVC applications.
 */
@NullMarked
package io.github.appwritespring.autoconfigure.web.servlet;

import org.jspecify.annotations.NullMarked;
