package io.github.appwritespring.sample.web;

/**
 * Input the app refuses, with a message for the person who sent it (never an internal
 * detail). The controllers answer it with 400 and the page the input came from, showing
 * the message.
 */
public class BadInputException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates a new {@code BadInputException}.
	 * @param message what is wrong and how to put it right, shown as is
	 */
	public BadInputException(String message) {
		super(message);
	}

}
