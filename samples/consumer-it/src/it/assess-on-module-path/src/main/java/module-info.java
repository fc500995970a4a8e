/** A user's module: it needs the rules and, to read documents, the serialization module. */
module org.example.consumer {
  requires io.github.coproduction.rules;
  requires io.github.coproduction.serialization;
}
