package com.copydesk.store;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Storage and exchange run on a background thread and in tests without a display. */
class StorageDoesNotUseJavaFxTest {

    @Test
    void storeAndExchangeNeverDependOnJavaFx() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.copydesk.store", "com.copydesk.exchange");

        noClasses().that().resideInAnyPackage("com.copydesk.store..", "com.copydesk.exchange..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }
}
