/**
 * The NDTi framework <em>Co-production in mental health</em> as immutable reference data, the
 * checklists derived from it, and the model of an initiative to assess.
 *
 * <p>Depends on Guava only; the Immutables annotations are needed at compile time alone.
 */
// The qualified export names modules built after this one, which javac cannot see yet.
@SuppressWarnings("module")
module io.github.coproduction.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;

  exports io.github.coproduction.core;
  exports io.github.coproduction.core.framework;
  exports io.github.coproduction.core.checklist;
  exports io.github.coproduction.core.initiative;
  exports io.github.coproduction.core.reference;
  // Shared by this library's modules only ("did you mean"); not API.
  exports io.github.coproduction.core.internal to
      io.github.coproduction.serialization,
      io.github.coproduction.samples;
}
