package se.samverkanskartan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;

/** Keeps the structure honest: package by feature, a kernel that knows no feature, no cycles. */
@AnalyzeClasses(packages = "se.samverkanskartan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("se.samverkanskartan.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule theKernelKnowsNoFeature = noClasses().that().resideInAPackage("..graph..")
		.should().dependOnClassesThat().resideInAnyPackage("..organisation..", "..group..", "..assignment..", "..flow..",
				"..agreement..", "..gap..", "..network..", "..search..", "..timeline..", "..source..", "..api..");

	/** The features, and the other features each may use: only the network draws on the gap analysis. */
	private static final Map<String, Set<String>> FEATURES = Map.of("organisation", Set.of(), "group", Set.of(),
			"assignment", Set.of(), "flow", Set.of(), "agreement", Set.of(), "search", Set.of(), "timeline", Set.of(),
			"gap", Set.of(), "network", Set.of("gap"), "vocabulary", Set.of());

	@ArchTest
	void featuresUseTheKernelNotEachOther(JavaClasses classes) {
		FEATURES.forEach((feature, allowed) -> {
			String[] others = FEATURES.keySet().stream()
				.filter(other -> !other.equals(feature) && !allowed.contains(other))
				.map(other -> "se.samverkanskartan." + other + "..")
				.toArray(String[]::new);
			noClasses().that().resideInAPackage("se.samverkanskartan." + feature + "..")
				.should().dependOnClassesThat().resideInAnyPackage(others)
				.check(classes);
		});
	}

	@ArchTest
	static final ArchRule controllersAreInternalToTheirFeature = classes().that().areAnnotatedWith(Controller.class)
		.should().notBePublic().andShould().haveSimpleNameEndingWith("Controller");

	@ArchTest
	static final ArchRule onlyTheEmbeddedPackageKnowsTheEngine = noClasses().that().resideOutsideOfPackage("..embedded..")
		.should().dependOnClassesThat().resideInAnyPackage("org.neo4j.dbms..", "org.neo4j.kernel..", "org.neo4j.configuration..");

}
