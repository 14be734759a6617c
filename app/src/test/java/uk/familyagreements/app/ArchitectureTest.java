package uk.familyagreements.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the modules' promises: a Spring-free published language, and two sides that never reach into each other. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.familyagreements");

    @Test
    void theSharedKernelHasNoSpringNoJdbcAndNoJacksonDatabind() {
        noClasses().that().resideInAPackage("uk.familyagreements.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "com.fasterxml.jackson.databind..")
                .check(CLASSES);
    }

    @Test
    void theCommandSideNeverDependsOnTheQuerySide() {
        noClasses().that().resideInAPackage("uk.familyagreements.command..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.familyagreements.query..",
                        "uk.familyagreements.app..")
                .check(CLASSES);
    }

    @Test
    void theQuerySideNeverDependsOnTheCommandSide() {
        noClasses().that().resideInAPackage("uk.familyagreements.query..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.familyagreements.command..",
                        "uk.familyagreements.app..")
                .check(CLASSES);
    }
}
