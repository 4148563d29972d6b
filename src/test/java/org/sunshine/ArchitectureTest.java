package org.sunshine;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.data.repository.GenericRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of docs/architecture.md, section 1, over the compiled product (the demo included, the tests not): the
 * feature packages form no cycle; {@code base} and {@code vaadin} know no feature; screens use no repository; a
 * repository is used only inside its own feature.
 */
class ArchitectureTest {

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.sunshine");
    }

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching("org.sunshine.(*)..").should().beFreeOfCycles().check(product);
    }

    @Test
    void baseAndVaadinKnowNoFeature() {
        classes().that().resideInAnyPackage("org.sunshine.base..", "org.sunshine.vaadin..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.sunshine..")
                        .or(resideInAnyPackage("org.sunshine.base..", "org.sunshine.vaadin..")))
                .check(product);
    }

    @Test
    void screensUseNoRepository() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(GenericRepository.class)
                .check(product);
    }

    @Test
    void repositoriesStayInTheirFeature() {
        classes().that().areAssignableTo(GenericRepository.class).and().resideInAPackage("org.sunshine..")
                .and(not(resideInAnyPackage("org.sunshine")))
                .should(beUsedOnlyInsideTheirFeature())
                .check(product);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirFeature() {
        return new ArchCondition<>("be used only inside their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = feature(repository);
                for (Dependency use : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = use.getOriginClass();
                    if (!user.equals(repository) && !feature.equals(feature(user))) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }

    /** The top-level package under org.sunshine: the feature (or base, vaadin, shell, demo…). */
    private static String feature(JavaClass type) {
        String rest = type.getPackageName().substring("org.sunshine".length());
        if (rest.isEmpty()) {
            return "";
        }
        int dot = rest.indexOf('.', 1);
        return dot < 0 ? rest.substring(1) : rest.substring(1, dot);
    }
}
