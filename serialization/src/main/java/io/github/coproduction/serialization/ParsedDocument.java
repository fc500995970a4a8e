package io.github.coproduction.serialization;

import tools.jackson.databind.JsonNode;

/** A document parsed into a tree, with what is needed to find the location of any of its parts. */
record ParsedDocument(JsonNode root, Locator locator) {}
