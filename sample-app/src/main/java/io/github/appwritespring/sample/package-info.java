/**
 * The sample notes application: Spring MVC, Thymeleaf and Spring Security on the Appwrite
 * starter.
 */
@NullMarked
package io.github.appwritespring.sample;

import org.jspecify.annotations.NullMarked;
