package uk.takingpart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** Package-by-feature rules: no cycles between features, views never reach repositories. */
@AnalyzeClasses(packages = "uk.takingpart", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_have_no_cycles = slices()
            .matching("uk.takingpart.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_never_use_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule base_depends_on_no_feature = noClasses()
            .that().resideInAPackage("uk.takingpart.base..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.takingpart.activity..", "uk.takingpart.staff..", "uk.takingpart.audit..");

    @ArchTest
    static final ArchRule services_take_time_from_the_injected_clock = noClasses()
            .that().resideOutsideOfPackage("uk.takingpart.base")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now");
}
