package com.copydesk.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering rules of DEVELOPERS.md, checked on every build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.copydesk");
    }

    @Test
    void onlyUiPackagesAndTheAppTouchTheSceneGraph() {
        noClasses().that().resideInAPackage("com.copydesk..")
                .and().resideOutsideOfPackages("..ui..", "com.copydesk.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void storageAndExchangeKnowNothingOfJavaFx() {
        noClasses().that().resideInAnyPackage("com.copydesk.store..", "com.copydesk.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..ui..", "org.fxmisc..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void domainPackagesDoNotDependOnStorageOrTheApp() {
        noClasses().that().resideInAnyPackage("com.copydesk.article", "com.copydesk.body", "com.copydesk.page")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.copydesk.store..", "com.copydesk.exchange..", "com.copydesk.app..", "..ui..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("com.copydesk.app..")
                .should().dependOnClassesThat().resideInAPackage("com.copydesk.app..")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("com.copydesk.(**)").should().beFreeOfCycles().check(classes);
    }
}
