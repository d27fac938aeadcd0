/**
 * The Spring Security integration on embedded Tomcat, servlet or reactive: the OAuth2
 * callback's secret kept out of Tomcat's access logs.
 */
@NullMarked
package io.github.appwritespring.autoconfigure.security.tomcat;

import org.jspecify.annotations.NullMarked;
