/**
 * What every page shares: the signed-in user in the model, error pages, refused input.
 */
@NullMarked
package io.github.appwritespring.sample.web;

import org.jspecify.annotations.NullMarked;
