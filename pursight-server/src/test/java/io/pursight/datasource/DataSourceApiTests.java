package io.pursight.datasource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's API as another module sees it: its public signatures name no internal type, and nothing in
 * {@link DataSources} hands out a stored source's connection spec, which would carry the unsealed password.
 */
class DataSourceApiTests {

	private static final JavaClasses MODULE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.pursight.datasource");

	@Test
	void noPublicSignatureOfTheApiNamesAnInternalType() {
		assertThat(api()).extracting(JavaClass::getSimpleName).contains("DataSources", "ConnectionSpec", "Target");
		List<String> leaks = new ArrayList<>();
		for (JavaClass type : api()) {
			for (JavaCodeUnit unit : type.getCodeUnits()) {
				if (unit.getModifiers().contains(JavaModifier.PUBLIC)) {
					Stream.concat(Stream.of(unit.getReturnType()), unit.getParameterTypes().stream())
						.flatMap(t -> t.getAllInvolvedRawTypes().stream())
						.filter(DataSourceApiTests::isHidden)
						.forEach(hidden -> leaks.add(unit.getFullName() + " names " + hidden.getName()));
				}
			}
			for (JavaField field : type.getFields()) {
				if (field.getModifiers().contains(JavaModifier.PUBLIC)) {
					field.getType().getAllInvolvedRawTypes().stream().filter(DataSourceApiTests::isHidden)
						.forEach(hidden -> leaks.add(field.getFullName() + " is a " + hidden.getName()));
				}
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void anotherModuleCannotAskForAStoredSourcesConnectionSpec() {
		JavaClass sources = MODULE.get(DataSources.class);
		List<String> handOuts = sources.getMethods().stream()
			.filter(method -> Stream.concat(Stream.of(method.getReturnType()), method.getParameterTypes().stream())
				.flatMap(t -> t.getAllInvolvedRawTypes().stream())
				.anyMatch(t -> t.isEquivalentTo(ConnectionSpec.class)))
			.map(JavaCodeUnit::getFullName)
			.toList();
		assertThat(handOuts).as("methods of DataSources that trade in connection specs").isEmpty();
	}

	@Test
	void internalAndWebClassesArePackagePrivate() {
		Set<String> publicInternals = MODULE.stream()
			.filter(type -> type.getPackageName().equals("io.pursight.datasource.internal")
					|| type.getPackageName().equals("io.pursight.datasource.web"))
			.filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
			.map(JavaClass::getSimpleName)
			.collect(Collectors.toSet());
		// ConnectionTargets: the API's ConnectionSpec validates itself through it.
		assertThat(publicInternals).containsOnly("ConnectionTargets");
	}

	private static List<JavaClass> api() {
		return MODULE.stream()
			.filter(type -> type.getPackageName().equals("io.pursight.datasource"))
			.filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
			.toList();
	}

	private static boolean isHidden(JavaClass type) {
		String pkg = type.getPackageName();
		return pkg.startsWith("io.pursight.datasource.internal") || pkg.startsWith("io.pursight.datasource.web");
	}
}
