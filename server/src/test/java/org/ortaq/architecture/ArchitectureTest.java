package org.ortaq.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md: template knows no server; infrastructure imports no feature. */
class ArchitectureTest {
  private static final String[] INFRASTRUCTURE = {
    "org.ortaq.store..", "org.ortaq.web..", "org.ortaq.text..", "org.ortaq.config.."
  };
  private static final String[] FEATURES = {
    "org.ortaq.organization..", "org.ortaq.article..", "org.ortaq.event..", "org.ortaq.theme..",
    "org.ortaq.demo..", "org.ortaq.decision..", "org.ortaq.statement..", "org.ortaq.search..",
    "org.ortaq.feed..", "org.ortaq.account..", "org.ortaq.importer..", "org.ortaq.cli.."
  };

  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ortaq");
  }

  @Test
  void theTemplateModuleDependsOnNothingOfTheServer() {
    noClasses()
        .that().resideInAPackage("org.ortaq.template..")
        .should().dependOnClassesThat().resideOutsideOfPackages("org.ortaq.template..", "java..", "javax..")
        .check(classes);
  }

  @Test
  void infrastructureImportsNoFeature() {
    noClasses()
        .that().resideInAnyPackage(INFRASTRUCTURE)
        .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
        .check(classes);
  }

  @Test
  void featuresDoNotReadEachOthersStores() {
    noClasses()
        .that().resideOutsideOfPackages("org.ortaq.organization..", "org.ortaq.demo..", "org.ortaq")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.ortaq.organization.OrganizationStore")
        .check(classes);
    noClasses()
        .that().resideOutsideOfPackages("org.ortaq.article..", "org.ortaq.demo..", "org.ortaq")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.ortaq.article.ArticleStore")
        .check(classes);
  }
}
