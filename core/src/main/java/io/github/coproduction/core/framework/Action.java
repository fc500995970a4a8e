package io.github.coproduction.core.framework;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The twenty-one actions the framework lists under "How to achieve it", in framework order, with
 * ids {@code C1.1}..{@code C6.1}.
 *
 * <p>{@link #text()} is the whole bullet, word for word. {@link #title()} is the same text, except
 * for the two actions of {@link Change#C1} whose bullets open with a sentence in bold: there the
 * title is that bold opening, without the comma that ends C1.2's.
 *
 * <pre>{@code
 * Action.C4_3.id();       // "C4.3"
 * Action.C4_3.title();    // "Allow for people's fluctuating mental health by building flexibility into any timetable"
 * Action.C4_3.change();   // C4
 * }</pre>
 */
public enum Action implements FrameworkElement {
  /** C1.1. */
  C1_1(Change.C1,
      "Bring people together to develop a local vision for mental health, and a related strategy,"
          + " within and across agencies and organisations.",
      " This should be co-produced with service users, carers and their organisations and staff."),
  /** C1.2, under which the framework lists the six persistent {@link Challenge challenges}. */
  C1_2(Change.C1,
      "The vision and related plans must be informed by front line staff, service user and carer"
          + " realities and lived experiences",
      ", and address some of the persistent challenges in mental health services including:"),
  /** C2.1. */
  C2_1(Change.C2,
      "Ensure there is a consistent message about co-production being the core way of working"
          + " across organisations, systems and communities"),
  /** C2.2. */
  C2_2(Change.C2,
      "'Lead by example' by engaging in coproduced activities or initiatives, sharing any"
          + " experiences and learning points, including any challenges faced and how they were"
          + " overcome"),
  /** C2.3. */
  C2_3(Change.C2,
      "Be honest and open about what is possible and also what is not possible to co-produce and"
          + " why"),
  /** C2.4. */
  C2_4(Change.C2,
      "Obtain wider organisational, system and community support for co-production as a way of"
          + " working, by providing evidence of its impact on attitudes, behaviours, quality and"
          + " other relevant outcomes for the system as a whole"),
  /** C2.5. */
  C2_5(Change.C2,
      "Invest in people spending time to build trust, confidence and mutual respect, especially at"
          + " the outset of any co-produced work \u2013 these are essential pre-requisites of any"
          + " co-produced activity"),
  /** C3.1. */
  C3_1(Change.C3,
      "Listen to staff experiences of engaging with and involving service users and in particular"
          + " what worked and did not work. Ask them about any fears, or concerns they may have"
          + " about moving towards co-production as the preferred way of working including"
          + " perceived loss of role, status or authority"),
  /** C3.2. */
  C3_2(Change.C3,
      "Encourage staff to be confident and want to engage in co-production, not because they are"
          + " told to"),
  /** C3.3. */
  C3_3(Change.C3,
      "Encourage staff to share good and bad practice and experience of delivering care and"
          + " treatment"),
  /** C3.4. */
  C3_4(Change.C3,
      "Seek out co-production 'champions' within organisations and wider system and provide them"
          + " with support, so that they can promote co-production across teams, services, systems"
          + " and more widely"),
  /** C3.5. */
  C3_5(Change.C3,
      "Make use of practical frameworks such as the engagement ladder to assess where organisations"
          + " are currently, where they want to get to and how that will happen"),
  /** C3.6. */
  C3_6(Change.C3,
      "Ensure people understand that co-production is the core way of working, not a 'one-off' or"
          + " tokenistic exercise."),
  /** C4.1. */
  C4_1(Change.C4,
      "Invest in, support and encourage service users, carers, their organisations and independent"
          + " peer support groups to engage and participate, as equals. Bear in mind that previous"
          + " experience of services or involvement initiatives may mean that they feel powerless"
          + " and unable to feel their influence on making changes"),
  /** C4.2. */
  C4_2(Change.C4,
      "Ensure that systems and processes do not get in the way of people becoming 'co-producers'"),
  /** C4.3. */
  C4_3(Change.C4,
      "Allow for people's fluctuating mental health by building flexibility into any timetable"),
  /** C4.4. */
  C4_4(Change.C4,
      "Make sure that people have access to emotional and psychological support during the"
          + " process"),
  /** C5.1. */
  C5_1(Change.C5,
      "Ensure that everyone from senior and middle managers, right through to front line staff and"
          + " service users, carers and their organisations come together to develop a shared"
          + " understanding about the context in which co-production is taking place. This should"
          + " include the vision and strategy for mental health, what co-production is and what it"
          + " is not, and the underpinning values and principles"),
  /** C5.2. */
  C5_2(Change.C5,
      "Whilst training in co-production helps to understand some key aspects, it cannot replace"
          + " learning from actual experience of people coming together to coproduce around a"
          + " shared aim and goal \u2013 key is to get started!"),
  /** C5.3. */
  C5_3(Change.C5,
      "Consider other areas of development support including facilitation skills which can be used"
          + " to create safe, open spaces in which people can be honest and work together"
          + " creatively, rather than formal meetings and agendas which can stifle creativity and"
          + " create barriers for service users and staff alike."),
  /** C6.1, the single action under Reflection. */
  C6_1(Change.C6,
      "Encourage all those involved in co-produced activity to reflect on their experiences,"
          + " looking at what is working and not working, what is changing, or has changed during"
          + " the process as well as the final outcome.");

  private final Change change;
  private final String title;
  private final String text;
  private final String id;

  Action(Change change, String text) {
    this(change, text, "");
  }

  Action(Change change, String title, String rest) {
    this.change = change;
    this.title = title;
    this.text = title + rest;
    this.id = name().replace('_', '.');
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  /**
   * The whole bullet, word for word as the framework prints it.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * The change this action achieves.
   *
   * @return the change
   */
  public Change change() {
    return change;
  }

  @Override
  public ElementKind kind() {
    return ElementKind.ACTION;
  }

  @Override
  public Optional<FrameworkElement> parent() {
    return Optional.of(change);
  }

  /**
   * The persistent challenges listed under this action: six for {@link #C1_2}, none otherwise.
   *
   * @return the challenges, possibly empty
   */
  public List<Challenge> challenges() {
    return Arrays.stream(Challenge.values())
        .filter(c -> c.action() == this)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public List<Challenge> children() {
    return challenges();
  }

  @Override
  public String toString() {
    return id;
  }
}
