package se.samverkanskartan.ui;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The UI reaches data only through the GraphQL API: it may use nothing of the application outside its own package,
 * so that it runs unchanged against a remote backend. Its feature packages do not depend on each other in circles.
 */
@AnalyzeClasses(packages = "se.samverkanskartan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule uiUsesNoBackendInternals = noClasses().that()
		.resideInAPackage("se.samverkanskartan.ui..")
		.should().dependOnClassesThat(resideInAPackage("se.samverkanskartan..")
			.and(not(resideInAPackage("se.samverkanskartan.ui.."))))
		.because("the UI reads data only through the GraphQL API");

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("se.samverkanskartan.ui.(*)..")
		.should().beFreeOfCycles();
}
