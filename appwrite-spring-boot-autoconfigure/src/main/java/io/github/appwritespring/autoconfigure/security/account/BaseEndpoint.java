package io.github.appwritespring.autoconfigure.security.account;

/**
 * An account endpoint's method, path and access, so that an endpoint class holds only
 * what it does.
 */
abstract class BaseEndpoint implements AccountEndpoint {

	private final String method;

	private final String path;

	private final Access access;

	BaseEndpoint(String method, String path, Access access) {
		this.method = method;
		this.path = path;
		this.access = access;
	}

	@Override
	public final String method() {
		return this.method;
	}

	@Override
	public final String path() {
		return this.path;
	}

	@Override
	public final Access access() {
		return this.access;
	}

}
