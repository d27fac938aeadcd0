package io.github.appwritespring.client.service;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.http.client.MultipartBodyBuilder;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.InputFile;
import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.model.Deployment;
import io.github.appwritespring.client.transport.JsonBody;

/**
 * The code upload of a function's or site's deployment: Appwrite's chunked upload with
 * the archive in the {@code code} part.
 */
final class Deployments {

	private Deployments() {
	}

	static Mono<Deployment> upload(String[] path, InputFile code, boolean activate,
			Consumer<MultipartBodyBuilder> fields, ChunkedUpload.Sender<Deployment> sender) {
		if (code.getSize() == 0) {
			throw new IllegalArgumentException("'code' " + code.getFilename() + " is empty; upload a .tar.gz archive");
		}
		return new ChunkedUpload<>(path, code, "code", (body) -> {
			body.part("activate", String.valueOf(activate));
			fields.accept(body);
		}, sender, Deployment::id).start();
	}

	/** The body of a deployment from a template's repository. */
	static JsonBody template(String repository, String owner, String rootDirectory, String type, String reference,
			@Nullable Boolean activate) {
		return JsonBody.create()
			.with("repository", Require.nonBlank("repository", repository))
			.with("owner", Require.nonBlank("owner", owner))
			.with("rootDirectory", Require.nonBlank("rootDirectory", rootDirectory))
			.with("type", Require.nonBlank("type", type))
			.with("reference", Require.nonBlank("reference", reference))
			.with("activate", activate);
	}

	/** The body of a deployment from the connected repository's branch, commit or tag. */
	static JsonBody vcs(String type, String reference, @Nullable Boolean activate) {
		return JsonBody.create()
			.with("type", Require.nonBlank("type", type))
			.with("reference", Require.nonBlank("reference", reference))
			.with("activate", activate);
	}

}
