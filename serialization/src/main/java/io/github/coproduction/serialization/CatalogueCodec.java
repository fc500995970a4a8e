package io.github.coproduction.serialization;

import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.checklist.ChecklistItem;
import io.github.coproduction.core.checklist.ItemKind;
import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.framework.Action;
import io.github.coproduction.core.framework.Challenge;
import io.github.coproduction.core.framework.Change;
import io.github.coproduction.core.framework.CompanionResource;
import io.github.coproduction.core.framework.Condition;
import io.github.coproduction.core.framework.Edition;
import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.framework.Lens;
import io.github.coproduction.core.framework.PeopleGroup;
import io.github.coproduction.core.framework.Step;
import io.github.coproduction.rules.RuleDescriptor;
import io.github.coproduction.rules.RuleSet;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The framework catalogue and rule sets (written only: they are code, not data) and checklists
 * (read and written: organisations load their own).
 */
final class CatalogueCodec {

  static final List<String> CHECKLIST = List.of("id", "title", "version", "source", "items",
      "aliases");
  static final List<String> ITEM = List.of("id", "kind", "phase", "text", "serves", "remedies",
      "facts");

  private CatalogueCodec() {}

  // --- Checklists -------------------------------------------------------------------------------

  static Checklist checklist(In in) {
    Obj o = in.object("a checklist", Obj.plus(CHECKLIST, "schemaVersion"));
    Checklist.Builder b = new Checklist.Builder()
        .id(o.text("id", "the checklist's id"))
        .title(o.text("title", "the checklist's title"))
        .version(o.text("version", "the checklist's version"))
        .source(o.text("source", "where the checklist comes from"))
        .items(o.required("items", "a list of items").list("a list of items",
            CatalogueCodec::item))
        .aliases(o.map("aliases", "old item ids, each with the ids of the items replacing it",
            v -> v.list("a list of item ids", e -> e.nonBlank("an item id"))));
    return o.build(b::build);
  }

  static ChecklistItem item(In in) {
    Obj o = in.object("a checklist item", ITEM);
    ChecklistItem.Builder b = new ChecklistItem.Builder()
        .id(o.text("id", "the item's id, a code such as \"B01\""))
        .kind(o.choice("kind", ItemKind.class, "the kind of item"))
        .phase(o.choice("phase", Phase.class, "the phase"))
        .text(o.text("text", "the question or action"))
        .serves(o.texts("serves", "a list of framework element ids"))
        .remedies(o.texts("remedies", "a list of action ids"))
        .facts(o.texts("facts", "a list of JSON Pointers to the facts the item answers"));
    return o.build(b::build);
  }

  static ObjectNode write(Checklist c) {
    Out out = new Out().text("id", c.id()).text("title", c.title()).text("version", c.version())
        .text("source", c.source()).list("items", c.items(), CatalogueCodec::write);
    if (!c.aliases().isEmpty()) {
      Out aliases = new Out();
      c.aliases().forEach((old, items) -> aliases.list(old, items, Out::text));
      out.node("aliases", aliases.node());
    }
    return out.node();
  }

  static ObjectNode write(ChecklistItem i) {
    return new Out().text("id", i.id()).choice("kind", i.kind()).choice("phase", i.phase())
        .text("text", i.text()).list("serves", i.serves(), Out::text)
        .listIfAny("remedies", i.remedies(), Out::text)
        .listIfAny("facts", i.facts(), Out::text).node();
  }

  // --- The framework ----------------------------------------------------------------------------

  static ObjectNode write(Framework f) {
    Edition e = f.edition();
    return new Out()
        .node("edition", new Out().text("title", e.title()).text("publisher", e.publisher())
            .text("funder", e.funder()).text("catalogueVersion", e.catalogueVersion()).node())
        .list("steps", f.steps(), CatalogueCodec::write)
        .list("changes", f.changes(), CatalogueCodec::write)
        .list("lenses", f.lenses(), CatalogueCodec::write)
        .list("people", f.peopleGroups(), CatalogueCodec::write)
        .list("companionResources", f.companionResources(), CatalogueCodec::write)
        .list("ladder", f.ladder(), CatalogueCodec::write)
        .node();
  }

  static ObjectNode write(Step s) {
    return new Out().text("id", s.id()).number("number", s.number()).text("title", s.title())
        .list("conditions", s.conditions(), CatalogueCodec::write).node();
  }

  static ObjectNode write(Condition c) {
    return new Out().text("id", c.id()).text("title", c.title()).node();
  }

  static ObjectNode write(Change c) {
    return new Out().text("id", c.id()).text("title", c.title())
        .list("actions", c.actions(), CatalogueCodec::write).node();
  }

  static ObjectNode write(Action a) {
    return new Out().text("id", a.id()).text("title", a.title()).text("text", a.text())
        .listIfAny("challenges", a.challenges(), CatalogueCodec::write).node();
  }

  static ObjectNode write(Challenge c) {
    return new Out().text("id", c.id()).text("title", c.title()).node();
  }

  static ObjectNode write(Lens l) {
    return new Out().text("id", Kebab.of(l)).text("title", l.title()).node();
  }

  static ObjectNode write(PeopleGroup p) {
    return new Out().text("id", Kebab.of(p)).text("title", p.title()).bool("staff", p.isStaff())
        .node();
  }

  static ObjectNode write(CompanionResource r) {
    return new Out().text("id", Kebab.of(r)).text("title", r.title())
        .text("description", r.description()).node();
  }

  static ObjectNode write(LadderRung r) {
    return new Out().text("id", Kebab.of(r)).text("title", r.title())
        .choice("group", r.group()).number("level", r.level()).node();
  }

  // --- Rule sets --------------------------------------------------------------------------------

  static ObjectNode write(RuleSet set) {
    return new Out().text("name", set.name()).text("version", set.version())
        .list("rules", set.descriptors(), CatalogueCodec::write).node();
  }

  static ObjectNode write(RuleDescriptor d) {
    return new Out().text("id", d.id()).text("name", d.name()).text("summary", d.summary())
        .choice("severity", d.severity()).list("elements", d.elements(), Out::text)
        .text("rationale", d.rationale()).text("remedy", d.remedy())
        .list("remedyActions", d.remedyActions(), Out::text).node();
  }
}
