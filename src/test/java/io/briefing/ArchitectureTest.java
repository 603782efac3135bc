package io.briefing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies, checked on the compiled classes. The flow is one way:
 * cli → app → (facts, template, provenance, figures) → build → model → render → output;
 * i18n and input are used by all and use nothing of the program's own. Renderers see only the
 * model. No package cycles.
 */
@Slow
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.briefing");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.briefing.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void renderersSeeOnlyTheModel() {
        noClasses().that().resideInAPackage("io.briefing.render..").should().dependOnClassesThat()
                .resideInAnyPackage("io.briefing.facts..", "io.briefing.template..", "io.briefing.provenance..",
                        "io.briefing.figures..", "io.briefing.build..", "io.briefing.app..", "io.briefing.cli..",
                        "io.briefing.output..", "io.briefing.weekly..", "io.briefing.draft..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingButLabels() {
        noClasses().that().resideInAPackage("io.briefing.model..").should().dependOnClassesThat()
                .resideInAnyPackage("io.briefing.facts..", "io.briefing.template..", "io.briefing.provenance..",
                        "io.briefing.figures..", "io.briefing.build..", "io.briefing.render..", "io.briefing.app..",
                        "io.briefing.cli..", "io.briefing.output..", "io.briefing.input..", "io.briefing.weekly..", "io.briefing.draft..")
                .check(classes);
    }

    @Test
    void inputsAndFiguresKnowNothingOfBriefings() {
        noClasses().that().resideInAnyPackage("io.briefing.facts..", "io.briefing.figures..", "io.briefing.input..",
                        "io.briefing.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("io.briefing.build..", "io.briefing.render..",
                        "io.briefing.model..", "io.briefing.template..", "io.briefing.provenance..", "io.briefing.app..",
                        "io.briefing.cli..", "io.briefing.output..", "io.briefing.weekly..", "io.briefing.draft..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesTheApplication() {
        noClasses().that().resideOutsideOfPackages("io.briefing.cli..", "io.briefing.app..").should().dependOnClassesThat()
                .resideInAnyPackage("io.briefing.cli..", "io.briefing.app..").check(classes);
    }

    @Test
    void noFormatIsNamedOutsideTheRenderers() {
        noClasses().that().resideOutsideOfPackages("io.briefing.render..", "io.briefing.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("io.briefing.render.pdf..", "io.briefing.render.xlsx..", "io.briefing.render.chart..")
                .check(classes);
    }
}
