package io.github.appwritespring.client.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import org.jspecify.annotations.Nullable;

/**
 * Writes the blocking face of every reactive service marked with
 * {@code io.github.appwritespring.client.transport.BlockingFace}: for
 * {@code ReactiveXxx}, the class {@code Xxx} in the same package, holding the reactive
 * service and one method per public method of it, with the same type parameters,
 * parameters (their JSpecify annotations included) and Javadoc, waiting for the reactive
 * answer through {@code Blocking}:
 * <ul>
 * <li>{@code Mono<Void>}: {@code void}, {@code Blocking.run};</li>
 * <li>{@code Mono<T>}: {@code T}, {@code Blocking.await};</li>
 * <li>{@code Flux<DataBuffer>} (a download): {@code InputStream},
 * {@code Blocking.inputStream};</li>
 * <li>any other {@code Flux<T>} (all pages of a list): {@code Stream<T>},
 * {@code Blocking.stream}.</li>
 * </ul>
 * The operation named in errors is {@code accessor().method()}, as the caller wrote it.
 * Any other return type is a compile error: a reactive service has no other kind of
 * method.
 *
 * @since 0.1.0
 */
public class BlockingFaceProcessor extends AbstractProcessor {

	static final String ANNOTATION = "io.github.appwritespring.client.transport.BlockingFace";

	private static final String BLOCKING = "io.github.appwritespring.client.transport.Blocking";

	private static final String MONO = "reactor.core.publisher.Mono";

	private static final String FLUX = "reactor.core.publisher.Flux";

	private static final String DATA_BUFFER = "org.springframework.core.io.buffer.DataBuffer";

	private static final String PREFIX = "Reactive";

	private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Za-z0-9_]*\\b");

	@Override
	public Set<String> getSupportedAnnotationTypes() {
		return Set.of(ANNOTATION);
	}

	@Override
	public SourceVersion getSupportedSourceVersion() {
		return SourceVersion.latestSupported();
	}

	@Override
	public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
		TypeElement annotation = this.processingEnv.getElementUtils().getTypeElement(ANNOTATION);
		if (annotation == null) {
			return false;
		}
		for (TypeElement reactive : ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation))) {
			try {
				generate(reactive, accessorOverride(reactive));
			}
			catch (InvalidServiceException ex) {
				this.processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, ex.getMessage(), ex.element);
			}
		}
		return true;
	}

	private void generate(TypeElement reactive, @Nullable String accessorOverride) {
		String reactiveName = reactive.getSimpleName().toString();
		if (!reactiveName.startsWith(PREFIX) || reactiveName.length() == PREFIX.length()) {
			throw new InvalidServiceException(reactive,
					"@BlockingFace marks reactive services named ReactiveXxx, not " + reactiveName);
		}
		String name = reactiveName.substring(PREFIX.length());
		String accessor = (accessorOverride != null) ? accessorOverride
				: Character.toLowerCase(name.charAt(0)) + name.substring(1);
		String packageName = this.processingEnv.getElementUtils().getPackageOf(reactive).getQualifiedName().toString();
		ImportedTypes types = new ImportedTypes(packageName, name);
		String blocking = types.name(BLOCKING);
		String generated = types.name("javax.annotation.processing.Generated");

		List<String> methods = new ArrayList<>();
		List<DocComment> docs = new ArrayList<>();
		boolean streams = false;
		boolean downloads = false;
		for (ExecutableElement method : ElementFilter.methodsIn(reactive.getEnclosedElements())) {
			if (!method.getModifiers().contains(Modifier.PUBLIC) || method.getModifiers().contains(Modifier.STATIC)) {
				continue;
			}
			Kind kind = kindOf(method);
			streams |= kind == Kind.STREAM;
			downloads |= kind == Kind.DOWNLOAD;
			DocComment doc = DocComment.parse(this.processingEnv.getElementUtils().getDocComment(method));
			adapt(doc, kind);
			docs.add(doc);
			methods.add(method(method, kind, doc, types, blocking, accessor));
		}

		DocComment classDoc = DocComment.parse(this.processingEnv.getElementUtils().getDocComment(reactive));
		classDoc.description((text) -> text.replace("reactive face", "blocking face"));
		classDoc.appendParagraph("Written at build time from {@link " + reactiveName
				+ "}: each method waits for the answer of its reactive namesake. Never call it on a Netty event "
				+ "loop (or another thread Reactor marks non-blocking): that is refused with an "
				+ "{@link IllegalStateException} that names the call."
				+ (streams ? " Lists of all pages are "
						+ "{@link java.util.stream.Stream}s that fetch as they are read: close them." : "")
				+ (downloads ? " Downloads are {@link java.io.InputStream}s that read the bytes as they arrive: "
						+ "close them." : ""));
		docs.add(classDoc);
		importJavadocReferences(reactive, docs, types);

		StringBuilder source = new StringBuilder();
		source.append("package ").append(packageName).append(";\n\n");
		String imports = types.declarations();
		if (!imports.isEmpty()) {
			source.append(imports).append('\n');
		}
		source.append(classDoc.source(""));
		source.append('@')
			.append(generated)
			.append("(value = \"")
			.append(BlockingFaceProcessor.class.getName())
			.append("\", comments = \"from ")
			.append(reactiveName)
			.append("\")\n");
		String typeParameters = reactive.getTypeParameters().isEmpty() ? ""
				: reactive.getTypeParameters()
					.stream()
					.map((parameter) -> typeParameter(parameter, types))
					.collect(Collectors.joining(", ", "<", ">"));
		String typeArguments = reactive.getTypeParameters().isEmpty() ? ""
				: reactive.getTypeParameters()
					.stream()
					.map((parameter) -> parameter.getSimpleName().toString())
					.collect(Collectors.joining(", ", "<", ">"));
		source.append("public class ").append(name).append(typeParameters).append(" {\n\n");
		source.append("\tprivate final ").append(reactiveName).append(typeArguments).append(" reactive;\n\n");
		source.append("\t/**\n\t * Creates a new {@code ")
			.append(name)
			.append("}.\n\t * @param reactive the reactive face this one waits for\n\t */\n");
		source.append("\tpublic ")
			.append(name)
			.append('(')
			.append(reactiveName)
			.append(typeArguments)
			.append(" reactive) {\n\t\tthis.reactive = reactive;\n\t}\n\n");
		for (String method : methods) {
			source.append(method).append('\n');
		}
		source.append("}\n");
		write(reactive, packageName + "." + name, source.toString());
	}

	private String method(ExecutableElement method, Kind kind, DocComment doc, ImportedTypes types, String blocking,
			String accessor) {
		String methodName = method.getSimpleName().toString();
		DeclaredType returnType = (DeclaredType) method.getReturnType();
		if (kind == Kind.FACE) {
			return faceMethod(method, returnType, doc, types);
		}
		TypeMirror answer = returnType.getTypeArguments().get(0);
		String returns = switch (kind) {
			case VOID -> "void";
			case VALUE -> types.source(answer);
			case STREAM -> types.name("java.util.stream.Stream") + "<" + types.source(answer) + ">";
			case DOWNLOAD -> types.name("java.io.InputStream");
			case FACE -> throw new IllegalStateException("handled above");
		};
		String helper = switch (kind) {
			case VOID -> "run";
			case VALUE -> "await";
			case STREAM -> "stream";
			case DOWNLOAD -> "inputStream";
			case FACE -> throw new IllegalStateException("handled above");
		};
		StringBuilder source = new StringBuilder(doc.source("\t"));
		source.append(signature(method, returns, types));
		source.append(" {\n\t\t")
			.append((kind == Kind.VOID) ? "" : "return ")
			.append(blocking)
			.append('.')
			.append(helper)
			.append("(this.reactive.")
			.append(methodName)
			.append('(')
			.append(arguments(method))
			.append("), \"")
			.append(accessor)
			.append("().")
			.append(methodName)
			.append("()\");\n\t}\n");
		return source.toString();
	}

	/**
	 * A method answering another reactive face (a handle such as a table's): the blocking
	 * twin answers that face's blocking twin around it, without waiting for anything.
	 */
	private String faceMethod(ExecutableElement method, DeclaredType returnType, DocComment doc, ImportedTypes types) {
		TypeElement face = (TypeElement) returnType.asElement();
		String faceName = face.getSimpleName().toString().substring(PREFIX.length());
		String packageName = this.processingEnv.getElementUtils().getPackageOf(face).getQualifiedName().toString();
		String blockingFace = types.name(packageName + "." + faceName);
		String arguments = returnType.getTypeArguments().isEmpty() ? ""
				: returnType.getTypeArguments().stream().map(types::source).collect(Collectors.joining(", ", "<", ">"));
		doc.description((text) -> text.replace("reactive face", "blocking face"));
		doc.changeReturn((text) -> text.replace("reactive face", "blocking face"));
		return doc.source("\t") + signature(method, blockingFace + arguments, types) + " {\n\t\treturn new "
				+ blockingFace + (returnType.getTypeArguments().isEmpty() ? "" : "<>") + "(this.reactive."
				+ method.getSimpleName() + "(" + arguments(method) + "));\n\t}\n";
	}

	private static String arguments(ExecutableElement method) {
		return method.getParameters()
			.stream()
			.map((parameter) -> parameter.getSimpleName().toString())
			.collect(Collectors.joining(", "));
	}

	/** The annotations, modifiers, type parameters, answer, name and parameters. */
	private String signature(ExecutableElement method, String returns, ImportedTypes types) {
		String methodName = method.getSimpleName().toString();
		StringBuilder source = new StringBuilder();
		for (AnnotationMirror annotation : carriedAnnotations(method.getAnnotationMirrors())) {
			source.append('\t').append(types.annotations(List.of(annotation)).strip()).append('\n');
		}
		source.append("\tpublic ");
		if (!method.getTypeParameters().isEmpty()) {
			source.append(method.getTypeParameters()
				.stream()
				.map((parameter) -> typeParameter(parameter, types))
				.collect(Collectors.joining(", ", "<", "> ")));
		}
		source.append(returns).append(' ').append(methodName).append('(');
		List<String> parameters = new ArrayList<>();
		List<? extends VariableElement> declared = method.getParameters();
		for (int i = 0; i < declared.size(); i++) {
			VariableElement parameter = declared.get(i);
			String type = types.source(parameter.asType());
			if (method.isVarArgs() && i == declared.size() - 1) {
				type = type.substring(0, type.length() - 2) + "...";
			}
			parameters
				.add(types.annotations(parameter.getAnnotationMirrors()) + type + " " + parameter.getSimpleName());
		}
		source.append(String.join(", ", parameters)).append(')');
		if (!method.getThrownTypes().isEmpty()) {
			source.append(method.getThrownTypes()
				.stream()
				.map(types::source)
				.collect(Collectors.joining(", ", " throws ", "")));
		}
		return source.toString();
	}

	/**
	 * Adapts a reactive method's Javadoc to the blocking face: {@code Mono<Void>} methods
	 * return nothing, streams and downloads must be closed.
	 */
	private static void adapt(DocComment doc, Kind kind) {
		switch (kind) {
			case VOID -> {
				doc.description((text) -> text.replaceFirst("^Returns completion once ", "Returns once "));
				doc.removeReturn();
			}
			case STREAM -> doc.changeReturn(
					(text) -> text + ", as a stream that fetches them as it is read; close it " + "to stop early");
			case DOWNLOAD -> doc.changeReturn(
					(text) -> text + ", as a stream to read and close (closing it early " + "cancels the download)");
			case VALUE, FACE -> {
			}
		}
	}

	private Kind kindOf(ExecutableElement method) {
		TypeMirror type = method.getReturnType();
		if (type.getKind() == TypeKind.DECLARED) {
			DeclaredType declared = (DeclaredType) type;
			String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
			if (declared.getTypeArguments().size() == 1) {
				TypeMirror answer = declared.getTypeArguments().get(0);
				if (raw.equals(MONO)) {
					return isClass(answer, "java.lang.Void") ? Kind.VOID : Kind.VALUE;
				}
				if (raw.equals(FLUX)) {
					return isClass(answer, DATA_BUFFER) ? Kind.DOWNLOAD : Kind.STREAM;
				}
			}
		}
		if (type.getKind() == TypeKind.DECLARED && isFace(((DeclaredType) type).asElement())) {
			return Kind.FACE;
		}
		throw new InvalidServiceException(method, "A reactive service method answers a Mono or a Flux, so that its "
				+ "blocking face can be generated; " + method.getSimpleName() + " answers " + type);
	}

	/** Whether the class is a reactive face itself: named ReactiveXxx and marked. */
	private static boolean isFace(javax.lang.model.element.Element type) {
		return type.getSimpleName().toString().startsWith(PREFIX) && type.getAnnotationMirrors()
			.stream()
			.anyMatch((annotation) -> ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName()
				.contentEquals(ANNOTATION));
	}

	private static boolean isClass(TypeMirror type, String qualifiedName) {
		return type.getKind() == TypeKind.DECLARED
				&& ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
	}

	private static String typeParameter(TypeParameterElement parameter, ImportedTypes types) {
		List<String> bounds = parameter.getBounds()
			.stream()
			.filter((bound) -> !isClass(bound, "java.lang.Object"))
			.map(types::source)
			.collect(Collectors.toList());
		return parameter.getSimpleName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds));
	}

	/**
	 * The method annotations that belong on the blocking face too: ours and deprecation.
	 */
	private static List<AnnotationMirror> carriedAnnotations(List<? extends AnnotationMirror> annotations) {
		List<AnnotationMirror> carried = new ArrayList<>();
		for (AnnotationMirror annotation : annotations) {
			String name = ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
			if (name.equals("java.lang.Deprecated") || name.startsWith("io.github.appwritespring.")) {
				carried.add(annotation);
			}
		}
		return carried;
	}

	/**
	 * Imports the classes the Javadoc names that the reactive source imported, so that
	 * its links resolve in the generated class too.
	 */
	private void importJavadocReferences(TypeElement reactive, List<DocComment> docs, ImportedTypes types) {
		Map<String, String> imported = new LinkedHashMap<>();
		try {
			TreePath path = Trees.instance(this.processingEnv).getPath(reactive);
			if (path == null) {
				return;
			}
			CompilationUnitTree unit = path.getCompilationUnit();
			for (ImportTree declaration : unit.getImports()) {
				String name = declaration.getQualifiedIdentifier().toString();
				if (!declaration.isStatic() && !name.endsWith(".*")) {
					imported.put(name.substring(name.lastIndexOf('.') + 1), name);
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// not javac: links to classes outside the package keep their qualified names
			return;
		}
		for (DocComment doc : docs) {
			Matcher words = WORD.matcher(doc.text());
			while (words.find()) {
				String qualifiedName = imported.get(words.group());
				if (qualifiedName != null && types.qualifiedNameOf(words.group()) == null) {
					types.importForJavadoc(qualifiedName);
				}
			}
		}
	}

	private static @Nullable String accessorOverride(TypeElement reactive) {
		for (AnnotationMirror annotation : reactive.getAnnotationMirrors()) {
			if (((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName()
				.contentEquals(ANNOTATION)) {
				for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value : annotation
					.getElementValues()
					.entrySet()) {
					if (value.getKey().getSimpleName().contentEquals("accessor")
							&& !value.getValue().getValue().toString().isEmpty()) {
						return value.getValue().getValue().toString();
					}
				}
			}
		}
		return null;
	}

	private void write(TypeElement reactive, String qualifiedName, String source) {
		try (Writer writer = this.processingEnv.getFiler().createSourceFile(qualifiedName, reactive).openWriter()) {
			writer.write(source);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + qualifiedName, ex);
		}
	}

	/** How a reactive method's answer is waited for. */
	private enum Kind {

		/** {@code Mono<Void>}. */
		VOID,

		/** {@code Mono<T>}. */
		VALUE,

		/** {@code Flux<T>}, not of buffers. */
		STREAM,

		/** Another reactive face, e.g. a table's handle. */
		FACE,

		/** {@code Flux<DataBuffer>}. */
		DOWNLOAD

	}

	/** A reactive service that cannot have a blocking face written for it. */
	private static final class InvalidServiceException extends RuntimeException {

		private final transient javax.lang.model.element.Element element;

		InvalidServiceException(javax.lang.model.element.Element element, String message) {
			super(message);
			this.element = element;
		}

	}

}
