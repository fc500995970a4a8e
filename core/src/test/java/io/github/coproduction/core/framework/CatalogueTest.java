package io.github.coproduction.core.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue against the framework's own text: every element present, with the framework's
 * words, under the stable id it has been given, and nothing more.
 */
class CatalogueTest {

  private static FrameworkText text;
  private static final Framework FRAMEWORK = Framework.standard();

  @BeforeAll
  static void parseTheFramework() {
    text = FrameworkText.load();
  }

  @Test
  void theParserFindsTheWholeFramework() {
    // Guards the parser itself: if it silently found less, the word-for-word tests would pass
    // on nothing.
    assertThat(text.steps).hasSize(3);
    assertThat(text.steps.stream().mapToInt(s -> s.conditions().size()).toArray())
        .containsExactly(3, 7, 8);
    assertThat(text.changes).hasSize(6);
    assertThat(text.changes.stream().mapToInt(c -> c.actions().size()).toArray())
        .containsExactly(2, 5, 6, 4, 3, 1);
    assertThat(text.changes.get(0).actions().get(1).challenges()).hasSize(6);
    assertThat(text.resources).hasSize(3);
    assertThat(text.lenses).hasSize(5);
  }

  @Test
  void countsEveryKindOfElement() {
    assertThat(FRAMEWORK.steps()).hasSize(3);
    assertThat(FRAMEWORK.conditions()).hasSize(18);
    assertThat(FRAMEWORK.changes()).hasSize(6);
    assertThat(FRAMEWORK.actions()).hasSize(21);
    assertThat(FRAMEWORK.challenges()).hasSize(6);
    assertThat(FRAMEWORK.ladder()).hasSize(7);
    assertThat(FRAMEWORK.lenses()).hasSize(5);
    assertThat(FRAMEWORK.companionResources()).hasSize(3);
    assertThat(FRAMEWORK.elements()).hasSize(3 + 18 + 6 + 21 + 6);
    assertThat(FRAMEWORK.assessedElements()).hasSize(24);
  }

  @Test
  void everyIdExactly() {
    assertThat(ids(FRAMEWORK.steps())).containsExactly("S1", "S2", "S3");
    assertThat(ids(FRAMEWORK.conditions())).containsExactly(
        "S1.1", "S1.2", "S1.3",
        "S2.1", "S2.2", "S2.3", "S2.4", "S2.5", "S2.6", "S2.7",
        "S3.1", "S3.2", "S3.3", "S3.4", "S3.5", "S3.6", "S3.7", "S3.8");
    assertThat(ids(FRAMEWORK.changes())).containsExactly("C1", "C2", "C3", "C4", "C5", "C6");
    assertThat(ids(FRAMEWORK.actions())).containsExactly(
        "C1.1", "C1.2",
        "C2.1", "C2.2", "C2.3", "C2.4", "C2.5",
        "C3.1", "C3.2", "C3.3", "C3.4", "C3.5", "C3.6",
        "C4.1", "C4.2", "C4.3", "C4.4",
        "C5.1", "C5.2", "C5.3",
        "C6.1");
    assertThat(ids(FRAMEWORK.challenges()))
        .containsExactly("C1.2.a", "C1.2.b", "C1.2.c", "C1.2.d", "C1.2.e", "C1.2.f");
  }

  @Test
  void stepTitlesWordForWord() {
    for (FrameworkText.StepText step : text.steps) {
      String id = "S" + step.number();
      assertThat(FRAMEWORK.element(id).title()).as(id).isEqualTo(step.title());
      assertThat(((Step) FRAMEWORK.element(id)).number()).isEqualTo(step.number());
    }
    assertThat(titles(FRAMEWORK.steps()))
        .containsExactlyElementsOf(text.steps.stream().map(FrameworkText.StepText::title)
            .collect(Collectors.toList()));
  }

  @Test
  void conditionTitlesWordForWord() {
    List<String> expectedIds = new ArrayList<>();
    for (FrameworkText.StepText step : text.steps) {
      for (int i = 0; i < step.conditions().size(); i++) {
        String id = "S" + step.number() + "." + (i + 1);
        expectedIds.add(id);
        assertThat(FRAMEWORK.condition(id).title()).as(id).isEqualTo(step.conditions().get(i));
      }
    }
    assertThat(ids(FRAMEWORK.conditions())).containsExactlyElementsOf(expectedIds);
  }

  @Test
  void changeTitlesWordForWord() {
    for (int c = 0; c < text.changes.size(); c++) {
      String id = "C" + (c + 1);
      assertThat(FRAMEWORK.element(id).title()).as(id).isEqualTo(text.changes.get(c).title());
    }
    assertThat(Change.C6.title()).isEqualTo("Reflection");
  }

  @Test
  void actionTextsAndTitlesWordForWord() {
    List<String> expectedIds = new ArrayList<>();
    for (int c = 0; c < text.changes.size(); c++) {
      List<FrameworkText.ActionText> actions = text.changes.get(c).actions();
      for (int a = 0; a < actions.size(); a++) {
        String id = "C" + (c + 1) + "." + (a + 1);
        expectedIds.add(id);
        Action action = FRAMEWORK.action(id);
        assertThat(action.text()).as(id + " text").isEqualTo(actions.get(a).text());
        assertThat(action.title()).as(id + " title").isEqualTo(actions.get(a).title());
      }
    }
    assertThat(ids(FRAMEWORK.actions())).containsExactlyElementsOf(expectedIds);
  }

  @Test
  void theTwoActionsThatOpenInBoldHaveTheBoldOpeningAsTitle() {
    assertThat(Action.C1_1.title()).isEqualTo("Bring people together to develop a local vision"
        + " for mental health, and a related strategy, within and across agencies and"
        + " organisations.");
    assertThat(Action.C1_1.text()).startsWith(Action.C1_1.title())
        .endsWith(" This should be co-produced with service users, carers and their"
            + " organisations and staff.");
    assertThat(Action.C1_2.title()).isEqualTo("The vision and related plans must be informed by"
        + " front line staff, service user and carer realities and lived experiences");
    assertThat(Action.C1_2.text()).isEqualTo(Action.C1_2.title() + ", and address some of the"
        + " persistent challenges in mental health services including:");
    for (Action other : Action.values()) {
      if (other != Action.C1_1 && other != Action.C1_2) {
        assertThat(other.title()).as(other.id()).isEqualTo(other.text());
      }
    }
  }

  @Test
  void challengeTitlesWordForWord() {
    List<String> challenges = text.changes.get(0).actions().get(1).challenges();
    assertThat(titles(FRAMEWORK.challenges())).containsExactlyElementsOf(challenges);
    for (int i = 0; i < challenges.size(); i++) {
      String id = "C1.2." + (char) ('a' + i);
      assertThat(FRAMEWORK.element(id).title()).as(id).isEqualTo(challenges.get(i));
    }
    // no other action has nested bullets
    text.changes.stream().flatMap(c -> c.actions().stream())
        .filter(a -> !a.text().startsWith("The vision and related plans"))
        .forEach(a -> assertThat(a.challenges()).as(a.title()).isEmpty());
  }

  @Test
  void everyTitleAppearsInTheTextAsPrinted() {
    // Catches an element whose title was edited in the code but not re-checked against the text
    // by the structured tests above (for example a stray space or a changed apostrophe).
    for (FrameworkElement e : FRAMEWORK.elements()) {
      assertThat(text.raw.replace("**", "")).as(e.id()).contains(e.title());
    }
  }

  @Test
  void companionResourcesWordForWord() {
    assertThat(FRAMEWORK.companionResources()).containsExactly(
        CompanionResource.POSITION_PAPER, CompanionResource.GUIDE, CompanionResource.CHECKLIST);
    for (int i = 0; i < text.resources.size(); i++) {
      CompanionResource r = CompanionResource.values()[i];
      assertThat(r.title()).as(r.name()).isEqualTo(text.resources.get(i).title());
      assertThat(r.description()).as(r.name()).isEqualTo(text.resources.get(i).description());
    }
    assertThat(CompanionResource.CHECKLIST.description())
        .contains("before, during and following any co-produced activity");
  }

  @Test
  void lensesAreTheFiveTheIntroductionNames() {
    assertThat(FRAMEWORK.lenses()).containsExactly(
        Lens.PEOPLE, Lens.POWER, Lens.PARTNERSHIPS, Lens.RESOURCES, Lens.RISK);
    assertThat(FRAMEWORK.lenses().stream().map(Lens::title).collect(Collectors.toList()))
        .containsExactlyElementsOf(text.lenses);
  }

  @Test
  void theLadderHasSevenRungsInThreeGroupsLowestFirst() {
    assertThat(FRAMEWORK.ladder().stream().map(LadderRung::title).collect(Collectors.toList()))
        .containsExactly("Coercion", "Educating", "Informing", "Consultation", "Engagement",
            "Co-design", "Co-production");
    assertThat(FRAMEWORK.ladder().stream().map(LadderRung::group).collect(Collectors.toList()))
        .containsExactly(LadderGroup.DOING_TO, LadderGroup.DOING_TO,
            LadderGroup.DOING_FOR, LadderGroup.DOING_FOR, LadderGroup.DOING_FOR,
            LadderGroup.DOING_WITH, LadderGroup.DOING_WITH);
    assertThat(Arrays.stream(LadderGroup.values()).map(LadderGroup::title)
        .collect(Collectors.toList())).containsExactly("doing to", "doing for", "doing with");
    assertThat(FRAMEWORK.ladder().stream().mapToInt(LadderRung::level).toArray())
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
    // the framework names the ladder it asks readers to use
    assertThat(text.raw).contains("engagement ladder to assess where organisations are currently");
  }

  @Test
  void ladderRungsCompareUpwards() {
    assertThat(LadderRung.CONSULTATION.isBelow(LadderRung.CO_PRODUCTION)).isTrue();
    assertThat(LadderRung.CO_PRODUCTION.isBelow(LadderRung.CONSULTATION)).isFalse();
    assertThat(LadderRung.CO_DESIGN.isBelow(LadderRung.CO_DESIGN)).isFalse();
    assertThat(LadderRung.CONSULTATION.stepsTo(LadderRung.CO_PRODUCTION)).isEqualTo(3);
    assertThat(LadderRung.CO_PRODUCTION.stepsTo(LadderRung.COERCION)).isEqualTo(-6);
    assertThat(LadderRung.ENGAGEMENT.stepsTo(LadderRung.ENGAGEMENT)).isZero();
  }

  @Test
  void peopleGroupsAreNamedByTheFramework() {
    String lower = text.raw.toLowerCase(Locale.ROOT);
    assertThat(PeopleGroup.SERVICE_USERS.title()).isEqualTo("service users");
    for (PeopleGroup g : FRAMEWORK.peopleGroups()) {
      assertThat(g.title()).as(g.name()).isNotBlank();
      switch (g) {
        // The framework prints "senior and middle managers"; the library splits the two.
        case SENIOR_MANAGERS -> assertThat(lower).contains("senior and middle managers");
        // The framework speaks of "service users, carers, their organisations" and of "groups";
        // the title is DOMAIN.md's summary of both, not a phrase the framework prints.
        case SERVICE_USER_AND_CARER_ORGANISATIONS ->
            assertThat(lower).contains("carers, their organisations").contains("groups");
        default -> assertThat(lower).as(g.name()).contains(g.title());
      }
    }
    assertThat(Arrays.stream(PeopleGroup.values()).filter(PeopleGroup::isStaff)
        .collect(Collectors.toList())).containsExactly(PeopleGroup.SENIOR_MANAGERS,
            PeopleGroup.MIDDLE_MANAGERS, PeopleGroup.FRONT_LINE_STAFF,
            PeopleGroup.STRATEGIC_LEADS, PeopleGroup.COMMISSIONERS);
  }

  @Test
  void editionNamesThePublisherAndFunderAsTheTextDoes() {
    Edition edition = FRAMEWORK.edition();
    assertThat(text.raw).contains(edition.publisher()).contains(edition.funder());
    assertThat(edition.title()).startsWith("Co-production in mental health");
    assertThat(edition.catalogueVersion()).isNotBlank();
    assertThat(FRAMEWORK.toString()).contains(edition.title()).contains(edition.catalogueVersion());
  }

  private static List<String> ids(List<? extends FrameworkElement> elements) {
    return elements.stream().map(FrameworkElement::id).collect(Collectors.toList());
  }

  private static List<String> titles(List<? extends FrameworkElement> elements) {
    return elements.stream().map(FrameworkElement::title).collect(Collectors.toList());
  }
}
