package io.github.appwritespring.client.transport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the operation of Appwrite's server API that a reactive service method implements,
 * for when the method's name is not the operation's. Without it, {@code ReactiveXxx#name}
 * implements the operation {@code name} of the service tagged {@code xxx} in Appwrite's
 * OpenAPI specification ({@code x-appwrite.method}, letter case of the service ignored):
 * the client's coverage test reads both.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AppwriteOperation {

	/**
	 * The operation, as its service tag and method in Appwrite's specification, e.g.
	 * {@code account.createJWT}.
	 * @return the operation
	 */
	String value();

}
