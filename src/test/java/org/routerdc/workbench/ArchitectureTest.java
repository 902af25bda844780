package org.routerdc.workbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.internal.NDArrayEx;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;

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

    /**
     * DJL's NDArray arithmetic with a Number frees the number's tensor before backward reads it (see GraphConstant).
     * Every such method counts: add/sub/mul/div/pow/mod and their in-place forms (muli), maximum/minimum, the
     * comparisons, NDArrays' static forms and the reversed ones of NDArrayEx (rsub, rdivi).
     */
    @Test
    void trainingCodeScalesArraysOnlyByGraphConstants() {
        // The optimiser and the gradient clipping run after backward, outside any recorded graph, on state and
        // gradients: their in-place steps use the number at once, so the freed tensor is never read later.
        noClasses().that().resideInAnyPackage(pkg("train"), pkg("finetune"))
                .and().doNotHaveFullyQualifiedName(ROOT + ".train.AdamW")
                .and().doNotHaveFullyQualifiedName(ROOT + ".finetune.GradientNorm")
                .should().callMethodWhere(NUMBER_OPERAND)
                .because("a number operand is freed before backward reads it; use GraphConstant.like")
                .check(classes);
    }

    private static final DescribedPredicate<JavaMethodCall> NUMBER_OPERAND = new DescribedPredicate<>(
            "an NDArray method with a Number operand") {
        @Override
        public boolean test(JavaMethodCall call) {
            JavaClass owner = call.getTargetOwner();
            boolean ndArray = owner.isAssignableTo(NDArray.class) || owner.isAssignableTo(NDArrayEx.class)
                    || owner.isEquivalentTo(NDArrays.class);
            return ndArray && call.getTarget().getRawParameterTypes().stream().anyMatch(type -> type.isEquivalentTo(Number.class));
        }
    };

    /** The rule above sees a Number operand in each form, and lets GraphConstant arithmetic through. */
    @Test
    void theNumberOperandRuleCatchesEveryForm() {
        JavaClasses offender = new ClassFileImporter().importClasses(NumberOperands.class);
        assertThatThrownBy(() -> noClasses().should().callMethodWhere(NUMBER_OPERAND).check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(Stream.of("mul", "muli", "addi", "divi", "subi", "powi", "pow", "maximum")
                        .map(op -> "NDArray." + op + "(java.lang.Number)").toArray(String[]::new))
                .hasMessageContainingAll(Stream.of("rsub", "rdiv", "rsubi", "rdivi")
                        .map(op -> "NDArrayEx." + op + "(java.lang.Number)").toArray(String[]::new))
                .hasMessageContaining("NDArrays.sub(java.lang.Number, ai.djl.ndarray.NDArray)")
                .message().doesNotContain("withGraphConstant");
    }

    /** Calls the rule must flag (never run). */
    @SuppressWarnings("unused")
    private static final class NumberOperands {
        static void flagged(NDArray x) {
            x.mul(2).muli(2).addi(2).divi(2).subi(2).powi(2).pow(2).maximum(2);
            x.getNDArrayInternal().rsub(2).getNDArrayInternal().rdiv(2).getNDArrayInternal().rsubi(2)
                    .getNDArrayInternal().rdivi(2);
            NDArrays.sub(2, x);
        }

        static NDArray withGraphConstant(NDArray x, NDArray two) {
            return x.mul(two).addi(two).getNDArrayInternal().rsub(two).maximum(two);
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
