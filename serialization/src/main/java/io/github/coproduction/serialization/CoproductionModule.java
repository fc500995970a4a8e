package io.github.coproduction.serialization;

import io.github.coproduction.core.checklist.Answer;
import io.github.coproduction.core.checklist.Checklist;
import io.github.coproduction.core.checklist.ItemKind;
import io.github.coproduction.core.checklist.Phase;
import io.github.coproduction.core.framework.CompanionResource;
import io.github.coproduction.core.framework.ElementKind;
import io.github.coproduction.core.framework.Framework;
import io.github.coproduction.core.framework.LadderGroup;
import io.github.coproduction.core.framework.LadderRung;
import io.github.coproduction.core.framework.Lens;
import io.github.coproduction.core.framework.PeopleGroup;
import io.github.coproduction.core.initiative.Continuity;
import io.github.coproduction.core.initiative.Initiative;
import io.github.coproduction.core.initiative.LivedExperience;
import io.github.coproduction.core.initiative.OrganisationKind;
import io.github.coproduction.core.initiative.PaymentMethod;
import io.github.coproduction.core.initiative.RiskCarrier;
import io.github.coproduction.core.initiative.RiskKind;
import io.github.coproduction.core.initiative.Role;
import io.github.coproduction.core.initiative.Scope;
import io.github.coproduction.core.initiative.Stage;
import io.github.coproduction.rules.Assessment;
import io.github.coproduction.rules.ElementStatus;
import io.github.coproduction.rules.Finding;
import io.github.coproduction.rules.FindingStatus;
import io.github.coproduction.rules.Profile;
import io.github.coproduction.rules.RuleSet;
import io.github.coproduction.rules.RuleStatus;
import io.github.coproduction.rules.Severity;
import io.github.coproduction.rules.Verdict;
import io.github.coproduction.rules.Waiver;
import io.github.coproduction.rules.WaiverNotice;
import io.github.coproduction.rules.portfolio.PortfolioSummary;
import io.github.coproduction.rules.progress.Progress;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson module for users with their own mappers: it reads and writes the library's values in
 * the same shape as {@link Documents}. Found through {@link java.util.ServiceLoader}, so
 * {@code findAndAddModules()} registers it.
 *
 * <p>Written at the root of a mapper's output, a value is a whole document, with
 * {@code schemaVersion} first; nested inside the user's own objects it is the value's properties
 * only. Reading accepts either; a {@code schemaVersion} given must be one this release reads.
 * Reading is strict. Failures are Jackson {@link MismatchedInputException}s whose message is that
 * of the {@link DocumentException} (pointer and problem; a mapper's tree has no lines to report)
 * and whose cause is that exception. The library's enums are written as lower-case kebab text,
 * such as {@code "service-user"}; {@code Fact}, {@code Provision} and {@code Recorded} are only
 * written as properties of the values that hold them.
 *
 * <p>Written values: {@code Initiative}, {@code Assessment}, {@code Finding}, {@code Waiver},
 * {@code Checklist}, {@code Profile}, {@code Framework}, {@code RuleSet},
 * {@code PortfolioSummary}, {@code Progress}. Read values: the same but {@code Framework} and
 * {@code RuleSet}, which are code rather than data. Immutable and thread-safe.
 *
 * <pre>{@code
 * import io.github.coproduction.core.initiative.Initiative;
 * tools.jackson.databind.json.JsonMapper mapper =
 *     tools.jackson.databind.json.JsonMapper.builder().addModule(new CoproductionModule()).build();
 * String json = mapper.writeValueAsString(
 *     io.github.coproduction.core.framework.Framework.standard());
 * Initiative i = mapper.readValue(
 *     "{\"id\":\"x\",\"title\":\"X\",\"stage\":\"planning\"}", Initiative.class);
 * }</pre>
 */
public final class CoproductionModule extends JacksonModule {

  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(Role.class, Scope.class,
      Stage.class, LivedExperience.class, PaymentMethod.class, Continuity.class,
      OrganisationKind.class, RiskKind.class, RiskCarrier.class, Answer.class, Phase.class,
      ItemKind.class, LadderRung.class, LadderGroup.class, Lens.class, PeopleGroup.class,
      CompanionResource.class, ElementKind.class, Severity.class, FindingStatus.class,
      RuleStatus.class, ElementStatus.class, Verdict.class, WaiverNotice.Kind.class);

  /** Creates the module; the {@link java.util.ServiceLoader} calls this. */
  public CoproductionModule() {}

  @Override
  public String getModuleName() {
    return "io.github.coproduction.serialization";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    both(serializers, deserializers, Initiative.class, DocumentType.INITIATIVE,
        InitiativeCodec::write);
    both(serializers, deserializers, Assessment.class, DocumentType.ASSESSMENT,
        AssessmentCodec::write);
    both(serializers, deserializers, Checklist.class, DocumentType.CHECKLIST,
        CatalogueCodec::write);
    both(serializers, deserializers, Profile.class, DocumentType.PROFILE, AssessmentCodec::write);
    both(serializers, deserializers, PortfolioSummary.class, DocumentType.PORTFOLIO_SUMMARY,
        PortfolioCodec::write);
    both(serializers, deserializers, Progress.class, DocumentType.PROGRESS,
        PortfolioCodec::write);
    serializers.addSerializer(Framework.class,
        new TreeSerializer<>(Framework.class, CatalogueCodec::write, true));
    serializers.addSerializer(RuleSet.class,
        new TreeSerializer<>(RuleSet.class, CatalogueCodec::write, true));
    serializers.addSerializer(Finding.class,
        new TreeSerializer<>(Finding.class, AssessmentCodec::write, false));
    serializers.addSerializer(Waiver.class,
        new TreeSerializer<>(Waiver.class, AssessmentCodec::write, false));
    deserializers.addDeserializer(Finding.class,
        new TreeDeserializer<>(Finding.class, AssessmentCodec::finding));
    deserializers.addDeserializer(Waiver.class,
        new TreeDeserializer<>(Waiver.class, AssessmentCodec::waiver));
    for (Class<? extends Enum<?>> type : ENUMS) {
      addEnum(serializers, deserializers, type);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void both(SimpleSerializers serializers, SimpleDeserializers deserializers,
      Class<T> type, DocumentType<T> document, Function<T, ObjectNode> writer) {
    serializers.addSerializer(type, new TreeSerializer<>(type, writer, true));
    deserializers.addDeserializer(type, new TreeDeserializer<>(type, in -> {
      if (in.node.isObject() && in.node.has("schemaVersion")) {
        Versions.STANDARD.check(in);
      }
      return document.read(in);
    }));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void addEnum(SimpleSerializers serializers, SimpleDeserializers deserializers,
      Class<? extends Enum<?>> type) {
    Class raw = type;
    serializers.addSerializer(raw, new KebabSerializer(raw));
    deserializers.addDeserializer(raw, new KebabDeserializer(raw));
  }

  /** Writes a value through its codec; at the root, as a whole document. */
  private static final class TreeSerializer<T> extends StdSerializer<T> {
    private final Function<T, ObjectNode> writer;
    private final boolean document;

    TreeSerializer(Class<T> type, Function<T, ObjectNode> writer, boolean document) {
      super(type);
      this.writer = writer;
      this.document = document;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      ObjectNode body = writer.apply(value);
      if (document && gen.streamWriteContext().inRoot()) {
        ObjectNode doc = Out.NODES.objectNode().put("schemaVersion", Versions.CURRENT);
        doc.setAll(body);
        body = doc;
      }
      gen.writeTree(body);
    }
  }

  /** Reads a value through its codec from the tree the parser gives. */
  private static final class TreeDeserializer<T> extends StdDeserializer<T> {
    private final Function<In, T> reader;

    TreeDeserializer(Class<T> type, Function<In, T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonNode tree = TreeReader.copy(p);
      ReadSession session = new ReadSession(handledType().getSimpleName(), Locator.NONE, false);
      try {
        return reader.apply(new In(session, tree, ""));
      } catch (DocumentException e) {
        MismatchedInputException m = MismatchedInputException.from(p, handledType(),
            e.getMessage());
        m.initCause(e);
        throw m;
      }
    }
  }

  /** Writes an enum constant as kebab text. */
  private static final class KebabSerializer<E extends Enum<E>> extends StdSerializer<E> {
    KebabSerializer(Class<E> type) {
      super(type);
    }

    @Override
    public void serialize(E value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(Kebab.of(value));
    }
  }

  /** Reads an enum constant from kebab text, exactly. */
  private static final class KebabDeserializer<E extends Enum<E>> extends StdDeserializer<E> {
    private final Class<E> type;

    KebabDeserializer(Class<E> type) {
      super(type);
      this.type = type;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = p.getValueAsString();
      if (text == null) {
        return ctxt.reportInputMismatch(this, "expected one of " + Kebab.allowed(type));
      }
      return Kebab.parse(type, text).orElseGet(() -> ctxt.reportInputMismatch(this,
          Kebab.unknown(type, text)));
    }
  }
}
