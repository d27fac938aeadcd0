package io.github.appwritespring.client.service;

import java.util.function.Consumer;

import org.springframework.http.client.MultipartBodyBuilder;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.InputFile;
import io.github.appwritespring.client.model.Deployment;

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

}
