package org.routerdc.workbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import ai.djl.ndarray.NDArray;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layering described in docs/architecture.md (every rule there marked "(rule)"): the engine knows nothing of JavaFX, data flows one way. */
class ArchitectureTest {
    private static final String ROOT = "org.routerdc.workbench";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    private static String pkg(String name) {
        return ROOT + "." + name + "..";
    }

    @Test
    void onlyTheAppUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages(pkg("app"), ROOT)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void dataDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage(pkg("data"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("encode"), pkg("train"), pkg("eval"), pkg("route"),
                        pkg("tsne"), pkg("finetune"), pkg("cli"), pkg("app"))
                .check(classes);
    }

    @Test
    void fileFormatsDependOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage(pkg("files"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("data"), pkg("encode"), pkg("train"), pkg("eval"),
                        pkg("route"), pkg("tsne"), pkg("finetune"), pkg("cli"), pkg("app"))
                .check(classes);
    }

    @Test
    void tsneUsesNothingButTheJdk() {
        // com.sun.management: the JDK's own process CPU-time API, used by the t-SNE benchmark.
        noClasses().that().resideInAPackage(pkg("tsne"))
                .should().dependOnClassesThat().resideOutsideOfPackages(pkg("tsne"), "java..", "com.sun.management..")
                .check(classes);
    }

    @Test
    void encoderKnowsNothingOfTrainingRoutingOrTheApp() {
        noClasses().that().resideInAPackage(pkg("encode"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("train"), pkg("route"), pkg("finetune"), pkg("cli"), pkg("app"))
                .check(classes);
    }

    @Test
    void evaluationKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage(pkg("eval"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("encode"), pkg("train"), pkg("route"), pkg("cli"), pkg("app"))
                .check(classes);
    }

    @Test
    void trainingKnowsNothingOfRoutingOrFaces() {
        noClasses().that().resideInAPackage(pkg("train"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("route"), pkg("cli"), pkg("app"))
                .check(classes);
    }

    /** DJL's NDArray arithmetic with a Number frees the number's tensor before backward reads it (see GraphConstant). */
    @Test
    void trainingCodeScalesArraysOnlyByGraphConstants() {
        for (String op : new String[] {"add", "sub", "mul", "div", "pow", "maximum", "minimum"}) {
            noClasses().that().resideInAnyPackage(pkg("train"), pkg("finetune"))
                    .should().callMethod(NDArray.class, op, Number.class)
                    .because("a number operand is freed before backward reads it; use GraphConstant.like")
                    .check(classes);
        }
    }

    @Test
    void engineNeverCallsUpIntoTheFaces() {
        noClasses().that().resideInAnyPackage(pkg("data"), pkg("encode"), pkg("eval"), pkg("train"), pkg("route"),
                        pkg("tsne"), pkg("finetune"), pkg("curve"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("cli"), pkg("app"))
                .check(classes);
    }

    @Test
    void theCommandLineDoesNotUseTheApp() {
        noClasses().that().resideInAPackage(pkg("cli"))
                .should().dependOnClassesThat().resideInAPackage(pkg("app"))
                .check(classes);
    }

    @Test
    void viewModelsHoldNoControls() {
        noClasses().that().resideInAPackage(pkg("app")).and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..",
                        "javafx.scene.canvas..", "javafx.stage..", "org.controlsfx.control..")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
