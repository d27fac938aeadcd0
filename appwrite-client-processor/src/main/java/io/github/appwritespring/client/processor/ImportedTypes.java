package io.github.appwritespring.client.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

import org.jspecify.annotations.Nullable;

/**
 * Writes types as Java source for one generated file, collecting its imports: a type is
 * written by its simple name when that name is free (not the generated class's own, not
 * taken by another import), else by its qualified name. Type-use annotations (JSpecify's
 * {@code @Nullable}) are kept where they stand.
 */
final class ImportedTypes {

	private final String packageName;

	/** Simple name to qualified name of every name in use, imported or not. */
	private final Map<String, String> names = new TreeMap<>();

	private final TreeSet<String> imports = new TreeSet<>();

	ImportedTypes(String packageName, String className) {
		this.packageName = packageName;
		this.names.put(className, packageName + "." + className);
	}

	/**
	 * Returns the name to write for a top-level or nested class, importing its top-level
	 * class when the simple name is free.
	 * @param type the class
	 * @return its name in the generated source
	 */
	String name(TypeElement type) {
		List<String> nesting = new ArrayList<>();
		Element top = type;
		Element enclosing = top.getEnclosingElement();
		while (enclosing != null && enclosing.getKind() != ElementKind.PACKAGE) {
			nesting.add(0, top.getSimpleName().toString());
			top = enclosing;
			enclosing = top.getEnclosingElement();
		}
		String packageOfType = (enclosing != null) ? ((PackageElement) enclosing).getQualifiedName().toString() : "";
		String topName = name(((TypeElement) top).getQualifiedName().toString(), packageOfType);
		return nesting.isEmpty() ? topName : topName + "." + String.join(".", nesting);
	}

	/**
	 * Returns the name to write for a top-level class given by its qualified name.
	 * @param qualifiedName the class's qualified name
	 * @return its name in the generated source
	 */
	String name(String qualifiedName) {
		int dot = qualifiedName.lastIndexOf('.');
		return name(qualifiedName, (dot < 0) ? "" : qualifiedName.substring(0, dot));
	}

	private String name(String qualifiedName, String packageOfType) {
		String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
		String taken = this.names.get(simpleName);
		if (taken != null) {
			return taken.equals(qualifiedName) ? simpleName : qualifiedName;
		}
		this.names.put(simpleName, qualifiedName);
		if (!packageOfType.equals("java.lang") && !packageOfType.equals(this.packageName)) {
			this.imports.add(qualifiedName);
		}
		return simpleName;
	}

	/**
	 * Imports a class only named in Javadoc, when its simple name is free.
	 * @param qualifiedName the class's qualified name
	 */
	void importForJavadoc(String qualifiedName) {
		name(qualifiedName);
	}

	/**
	 * Returns the type as Java source, with its type-use annotations.
	 * @param type the type
	 * @return the type as Java source
	 */
	String source(TypeMirror type) {
		String annotations = annotations(type.getAnnotationMirrors());
		switch (type.getKind()) {
			case DECLARED:
				return declared((DeclaredType) type, annotations);
			case TYPEVAR:
				return annotations + ((TypeVariable) type).asElement().getSimpleName();
			case WILDCARD:
				return wildcard((WildcardType) type, annotations);
			case ARRAY:
				return source(((ArrayType) type).getComponentType()) + (annotations.isEmpty() ? "" : " " + annotations)
						+ "[]";
			default:
				// primitives and void
				return annotations + type.toString().replaceAll("^.*\\s", "");
		}
	}

	private String declared(DeclaredType type, String annotations) {
		String raw = name((TypeElement) type.asElement());
		if (!annotations.isEmpty()) {
			int dot = raw.lastIndexOf('.');
			raw = (dot < 0) ? annotations + raw : raw.substring(0, dot + 1) + annotations + raw.substring(dot + 1);
		}
		if (type.getTypeArguments().isEmpty()) {
			return raw;
		}
		return raw + type.getTypeArguments().stream().map(this::source).collect(Collectors.joining(", ", "<", ">"));
	}

	private String wildcard(WildcardType type, String annotations) {
		if (type.getExtendsBound() != null) {
			return annotations + "? extends " + source(type.getExtendsBound());
		}
		if (type.getSuperBound() != null) {
			return annotations + "? super " + source(type.getSuperBound());
		}
		return annotations + "?";
	}

	/**
	 * Returns the annotations as Java source, each followed by a space.
	 * @param annotations the annotations
	 * @return the annotations as Java source
	 */
	String annotations(List<? extends AnnotationMirror> annotations) {
		StringBuilder source = new StringBuilder();
		for (AnnotationMirror annotation : annotations) {
			source.append('@').append(name((TypeElement) annotation.getAnnotationType().asElement()));
			if (!annotation.getElementValues().isEmpty()) {
				source.append(annotation.getElementValues()
					.entrySet()
					.stream()
					.map((entry) -> entry.getKey().getSimpleName() + " = " + entry.getValue())
					.collect(Collectors.joining(", ", "(", ")")));
			}
			source.append(' ');
		}
		return source.toString();
	}

	/**
	 * Returns the qualified name a simple name stands for in the generated file, if any.
	 * @param simpleName the simple name
	 * @return its qualified name, or {@code null}
	 */
	@Nullable String qualifiedNameOf(String simpleName) {
		return this.names.get(simpleName);
	}

	/**
	 * Returns the import declarations, in the house order: {@code java.*},
	 * {@code javax.*}, others, then {@code io.github.appwritespring.*}, groups apart.
	 * @return the import declarations
	 */
	String declarations() {
		List<List<String>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (String name : this.imports) {
			int group = name.startsWith("java.") ? 0
					: name.startsWith("javax.") ? 1 : name.startsWith("io.github.appwritespring.") ? 3 : 2;
			groups.get(group).add("import " + name + ";\n");
		}
		return groups.stream()
			.filter((group) -> !group.isEmpty())
			.map((group) -> String.join("", group))
			.collect(Collectors.joining("\n"));
	}

}
