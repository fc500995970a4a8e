package io.github.coproduction.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.ChoiceFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The library's texts in one locale: rule names, summaries, rationale and remedies, finding
 * messages, report headings, statuses and severities. The patterns live in UTF-8
 * {@code .properties} bundles beside the classes that use them ({@code messages.properties} and
 * {@code messages_cy.properties} in this package, {@code payment.properties} for the payment rules,
 * and so on); English is the root bundle, and a key a locale does not translate is shown in
 * English.
 *
 * <p>Locales: English ({@code en}, the default and the source text), Welsh ({@code cy}: report
 * headings, statuses, severities, the standard rules' texts and their finding messages, a
 * machine-assisted translation awaiting review by a Welsh speaker) and the pseudo-locale
 * {@code en-XA}, which shows every text from the bundles with accented letters ("Ĝàƥš") so that
 * text not taken from a bundle stands out. The framework's own text (conditions, changes,
 * actions, quotations) is NDTi's and stays in English in every locale.
 *
 * <p>Patterns use the {@link java.text.MessageFormat} syntax for arguments, {@code {0}}, and for
 * plurals, {@code {0,choice,0#no gaps|1#one gap|1<{0} gaps}} ({@link ChoiceFormat} limits, which
 * express every CLDR plural rule for whole numbers, including Welsh's six forms); a branch may
 * hold arguments and choices of its own. Unlike {@code MessageFormat}, an apostrophe is always
 * literal ("the initiative's"), and integers are shown without grouping ("1200").
 *
 * <pre>{@code
 * import io.github.coproduction.rules.*;
 * Messages en = Messages.forLocale(java.util.Locale.ENGLISH);
 * en.format(Message.of("severity.CRITICAL"));           // "critical"
 * Messages.forLocale(java.util.Locale.forLanguageTag("cy")).format(Message.of("severity.CRITICAL"));
 * Messages.available();                                 // [en, cy, en_XA]
 * }</pre>
 *
 * <p>Instances are immutable, cached per locale and thread-safe.
 */
public final class Messages {

  /** The key of a {@linkplain Message#list(List) list}; its parts are {@code list.*}. */
  static final String LIST_KEY = "list";

  /** The pseudo-locale: English with every letter from a bundle accented. */
  public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

  private static final Locale WELSH = Locale.forLanguageTag("cy");

  /** Every bundle, by base name; each holds its own keys, a key in two bundles is an error. */
  private static final List<String> BUNDLES = List.of(
      "/io/github/coproduction/rules/messages",
      "/io/github/coproduction/rules/standard/rule-texts",
      "/io/github/coproduction/rules/standard/subjects",
      "/io/github/coproduction/rules/standard/payment",
      "/io/github/coproduction/rules/standard/people",
      "/io/github/coproduction/rules/standard/leadership",
      "/io/github/coproduction/rules/standard/process",
      "/io/github/coproduction/rules/standard/support",
      "/io/github/coproduction/rules/standard/statement",
      "/io/github/coproduction/rules/standard/checklist",
      "/io/github/coproduction/rules/standard/event",
      "/io/github/coproduction/rules/standard/ladder",
      "/io/github/coproduction/rules/standard/reflection",
      "/io/github/coproduction/rules/standard/risk",
      "/io/github/coproduction/rules/report/report",
      "/io/github/coproduction/rules/report/detail",
      "/io/github/coproduction/rules/report/progress",
      "/io/github/coproduction/rules/report/portfolio");

  private static final ImmutableMap<String, String> ROOT = load(BUNDLES, "", Map.of());

  private static final ConcurrentMap<Locale, Messages> CACHE = new ConcurrentHashMap<>();

  private static final Messages ENGLISH = of(Locale.ENGLISH, ROOT, false);

  private final Locale locale;
  private final ImmutableMap<String, String> patterns;
  private final boolean pseudo;
  private final ConcurrentMap<String, Pattern> compiled = new ConcurrentHashMap<>();

  private Messages(Locale locale, ImmutableMap<String, String> patterns, boolean pseudo) {
    this.locale = locale;
    this.patterns = patterns;
    this.pseudo = pseudo;
  }

  /**
   * Texts from the given patterns, compiled as they are first used: a fresh instance, not cached.
   *
   * @param locale the locale they are in
   * @param patterns the pattern of each key
   * @param pseudo whether every literal letter is accented, as in {@link #PSEUDO}
   * @return the texts
   */
  static Messages of(Locale locale, Map<String, String> patterns, boolean pseudo) {
    return new Messages(locale, ImmutableMap.copyOf(patterns), pseudo);
  }

  /**
   * The texts of Welsh or of the pseudo-locale, read afresh and not cached: what {@link
   * #forLocale(Locale)} keeps, one instance for each.
   *
   * @param locale {@code cy} or {@link #PSEUDO}
   * @return the texts
   */
  static Messages uncached(Locale locale) {
    if (locale.equals(PSEUDO)) {
      return of(PSEUDO, ROOT, true);
    }
    return of(WELSH, overlay(ROOT, load(BUNDLES, "_cy", ROOT)), false);
  }

  /**
   * The texts in English, the default.
   *
   * @return the English texts
   */
  public static Messages english() {
    return ENGLISH;
  }

  /**
   * The texts in a locale: Welsh for {@code cy} (and {@code cy-GB}), the pseudo-locale for
   * {@code en-XA}, English for every other locale.
   *
   * @param locale the locale
   * @return the texts
   */
  public static Messages forLocale(Locale locale) {
    requireNonNull(locale, "locale");
    if (locale.getLanguage().equals(WELSH.getLanguage())) {
      return CACHE.computeIfAbsent(WELSH, Messages::uncached);
    }
    if (locale.getLanguage().equals("en") && locale.getCountry().equals("XA")) {
      return CACHE.computeIfAbsent(PSEUDO, Messages::uncached);
    }
    return ENGLISH;
  }

  /**
   * The locales with texts of their own: English, Welsh and the pseudo-locale.
   *
   * @return the locales, English first
   */
  public static Set<Locale> available() {
    return ImmutableSet.of(Locale.ENGLISH, WELSH, PSEUDO);
  }

  /**
   * Whether a locale is one of {@link #available()} by its language: English in any region (the
   * pseudo-locale among them) or Welsh in any region.
   *
   * @param locale the locale
   * @return true for English and Welsh; false for another language, whose texts are shown in
   *     English
   */
  public static boolean isAvailable(Locale locale) {
    requireNonNull(locale, "locale");
    return locale.getLanguage().equals("en") || locale.getLanguage().equals(WELSH.getLanguage());
  }

  /**
   * The locale of these texts.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Whether a key is in the bundles.
   *
   * @param key the key
   * @return true if it is
   */
  public boolean has(String key) {
    return patterns.containsKey(requireNonNull(key, "key"));
  }

  /**
   * Renders a message.
   *
   * @param message the message
   * @return the text
   * @throws MissingResourceException if its key is in no bundle
   */
  public String format(Message message) {
    requireNonNull(message, "message");
    if (message.isLiteral()) {
      return message.literalText().orElseThrow();
    }
    String key = message.key().orElseThrow();
    if (key.equals(LIST_KEY)) {
      return list((List<?>) message.arguments().get(0));
    }
    return format(key, message.arguments().toArray());
  }

  /**
   * Renders the pattern of a key with its arguments.
   *
   * @param key the key
   * @param arguments strings, integers, messages or lists of these
   * @return the text
   * @throws MissingResourceException if the key is in no bundle
   */
  public String format(String key, Object... arguments) {
    return pattern(key).format(arguments, this);
  }

  /**
   * A rule's name in this locale: the translation when the descriptor's name is the standard
   * English one for its id, otherwise the descriptor's own (a custom rule's) text.
   *
   * @param rule the rule's descriptor
   * @return the name
   */
  public String name(RuleDescriptor rule) {
    return ruleText(rule.id(), "name", rule.name());
  }

  /**
   * A rule's one-line summary in this locale, as for {@link #name(RuleDescriptor)}.
   *
   * @param rule the rule's descriptor
   * @return the summary
   */
  public String summary(RuleDescriptor rule) {
    return ruleText(rule.id(), "summary", rule.summary());
  }

  /**
   * Why a rule matters, in this locale, as for {@link #name(RuleDescriptor)}.
   *
   * @param rule the rule's descriptor
   * @return the rationale
   */
  public String rationale(RuleDescriptor rule) {
    return ruleText(rule.id(), "rationale", rule.rationale());
  }

  /**
   * What to do about a rule's gap, in this locale, as for {@link #name(RuleDescriptor)}.
   *
   * @param rule the rule's descriptor
   * @return the remedy
   */
  public String remedy(RuleDescriptor rule) {
    return ruleText(rule.id(), "remedy", rule.remedy());
  }

  /**
   * A finding's remedy in this locale: the translation when the text is the standard English
   * remedy of its rule, otherwise the text as it is.
   *
   * @param finding the finding
   * @return the remedy
   */
  public String remedy(Finding finding) {
    return ruleText(finding.rule(), "remedy", finding.remedy());
  }

  private String ruleText(String id, String part, String given) {
    String key = id + "." + part;
    String english = ROOT.get(key);
    if (english == null || !english.equals(given)) {
      return given;
    }
    return format(key);
  }

  @Override
  public String toString() {
    return "Messages[" + locale.toLanguageTag() + ", " + patterns.size() + " keys]";
  }

  private String list(List<?> items) {
    List<String> parts = new ArrayList<>(items.size());
    for (Object item : items) {
      parts.add(argument(item));
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    if (parts.size() == 2) {
      return format("list.two", parts.get(0), parts.get(1));
    }
    String text = format("list.end", parts.get(parts.size() - 2), parts.get(parts.size() - 1));
    for (int i = parts.size() - 3; i > 0; i--) {
      text = format("list.middle", parts.get(i), text);
    }
    return format("list.start", parts.get(0), text);
  }

  String argument(Object value) {
    if (value instanceof Message m) {
      return format(m);
    }
    if (value instanceof List<?> l) {
      return list(l);
    }
    return String.valueOf(value);
  }

  private Pattern pattern(String key) {
    requireNonNull(key, "key");
    Pattern p = compiled.get(key);
    if (p != null) {
      return p;
    }
    String text = patterns.get(key);
    if (text == null) {
      throw new MissingResourceException("no message \"" + key + "\" in the coproduction"
          + " bundles", Messages.class.getName(), key);
    }
    Pattern made = Pattern.compile(key, text);
    if (pseudo) {
      made = made.pseudo();
    }
    Pattern raced = compiled.putIfAbsent(key, made);
    return raced == null ? made : raced;
  }

  /** The English patterns with the translated ones in their place: English where none is. */
  static ImmutableMap<String, String> overlay(Map<String, String> root,
      Map<String, String> translated) {
    Map<String, String> all = new LinkedHashMap<>(root);
    all.putAll(translated);
    return ImmutableMap.copyOf(all);
  }

  /**
   * Reads the bundles in one locale, by base name and suffix ({@code ""} for English, {@code
   * "_cy"}), skipping a base that has no file in it.
   *
   * @param bundles base names of the bundles, as resource paths
   * @param suffix the locale's suffix, or "" for the English root
   * @param root the English patterns, which must hold every key of a suffixed bundle
   * @return every pattern, by key
   * @throws IllegalStateException if a key is in two bundles, a pattern does not compile, or a
   *     suffixed bundle has a key with no English text
   */
  static ImmutableMap<String, String> load(List<String> bundles, String suffix,
      Map<String, String> root) {
    Map<String, String> all = new LinkedHashMap<>();
    Map<String, String> from = new LinkedHashMap<>();
    for (String base : bundles) {
      String name = base + suffix + ".properties";
      try (InputStream in = Messages.class.getResourceAsStream(name)) {
        if (in == null) {
          continue;
        }
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(in, UTF_8)) {
          p.load(r);
        }
        for (String key : p.stringPropertyNames()) {
          String earlier = from.putIfAbsent(key, name);
          if (earlier != null) {
            throw new IllegalStateException("message key \"" + key + "\" is in both " + earlier
                + " and " + name);
          }
          String value = p.getProperty(key);
          Pattern.compile(key, value);
          all.put(key, value);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the message bundle " + name, e);
      }
    }
    if (!suffix.isEmpty()) {
      for (String key : all.keySet()) {
        if (!root.containsKey(key)) {
          throw new IllegalStateException("message key \"" + key + "\" of " + from.get(key)
              + " has no English text");
        }
      }
    }
    return ImmutableMap.copyOf(new java.util.TreeMap<>(all));
  }

  /** A compiled pattern: literal text, arguments and plural choices. Immutable. */
  private static final class Pattern {
    private final List<Object> parts;

    private Pattern(List<Object> parts) {
      this.parts = parts;
    }

    /** An argument, {@code {n}}. */
    private record Argument(int index) {}

    /** A choice by number, {@code {n,choice,...}}: limits and their branches, never changed. */
    private static final class Choice {
      private final int index;
      private final double[] limits;
      private final Pattern[] branches;

      Choice(int index, double[] limits, Pattern[] branches) {
        this.index = index;
        this.limits = limits;
        this.branches = branches;
      }

      int index() {
        return index;
      }

      Pattern select(double x) {
        int i = 0;
        while (i + 1 < limits.length && x >= limits[i + 1]) {
          i++;
        }
        return branches[i];
      }

      Choice pseudo() {
        Pattern[] accented = new Pattern[branches.length];
        for (int b = 0; b < branches.length; b++) {
          accented[b] = branches[b].pseudo();
        }
        return new Choice(index, limits, accented);
      }
    }

    static Pattern compile(String key, String text) {
      List<Object> parts = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      int i = 0;
      while (i < text.length()) {
        char ch = text.charAt(i);
        if (ch == '}') {
          throw bad(key, text, "a '}' closes no '{'");
        }
        if (ch != '{') {
          literal.append(ch);
          i++;
          continue;
        }
        int end = closing(key, text, i);
        if (literal.length() > 0) {
          parts.add(literal.toString());
          literal.setLength(0);
        }
        parts.add(element(key, text, text.substring(i + 1, end)));
        i = end + 1;
      }
      if (literal.length() > 0) {
        parts.add(literal.toString());
      }
      return new Pattern(List.copyOf(parts));
    }

    private static int closing(String key, String text, int open) {
      int depth = 0;
      for (int j = open; j < text.length(); j++) {
        char c = text.charAt(j);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          return j;
        }
      }
      throw bad(key, text, "a '{' is never closed");
    }

    private static Object element(String key, String text, String inside) {
      int comma = inside.indexOf(',');
      String index = (comma < 0 ? inside : inside.substring(0, comma)).trim();
      int n;
      try {
        n = Integer.parseInt(index);
      } catch (NumberFormatException e) {
        throw bad(key, text, "'{" + inside + "}' is not an argument such as {0}");
      }
      if (comma < 0) {
        return new Argument(n);
      }
      String rest = inside.substring(comma + 1);
      int second = rest.indexOf(',');
      if (second < 0 || !rest.substring(0, second).trim().equals("choice")) {
        throw bad(key, text, "'{" + inside + "}' is neither {n} nor {n,choice,...}");
      }
      ChoiceFormat choice;
      try {
        choice = new ChoiceFormat(quoted(rest.substring(second + 1)));
      } catch (IllegalArgumentException e) {
        throw bad(key, text, "the choice '" + rest.substring(second + 1) + "' is not valid: "
            + e.getMessage());
      }
      Object[] formats = choice.getFormats();
      Pattern[] branches = new Pattern[formats.length];
      for (int b = 0; b < formats.length; b++) {
        branches[b] = compile(key, (String) formats[b]);
      }
      if (branches.length == 0) {
        throw bad(key, text, "the choice '" + rest.substring(second + 1) + "' has no branch");
      }
      return new Choice(n, choice.getLimits(), branches);
    }

    /**
     * A choice as {@link ChoiceFormat} reads it: every apostrophe doubled, so that it is literal,
     * and every argument or nested choice quoted, so that its '#', '<' and '|' stay in its branch.
     */
    private static String quoted(String choice) {
      StringBuilder out = new StringBuilder();
      int depth = 0;
      for (int i = 0; i < choice.length(); i++) {
        char c = choice.charAt(i);
        if (c == '{' && depth++ == 0) {
          out.append('\'');
        }
        if (c == '\'') {
          out.append('\'');
        }
        out.append(c);
        if (c == '}' && --depth == 0) {
          out.append('\'');
        }
      }
      return out.toString();
    }

    private static IllegalStateException bad(String key, String text, String why) {
      return new IllegalStateException("message \"" + key + "\" (\"" + text + "\"): " + why);
    }

    String format(Object[] arguments, Messages messages) {
      StringBuilder out = new StringBuilder();
      append(out, arguments, messages);
      return out.toString();
    }

    private void append(StringBuilder out, Object[] arguments, Messages messages) {
      for (Object part : parts) {
        if (part instanceof String s) {
          out.append(s);
        } else if (part instanceof Argument a) {
          out.append(messages.argument(argument(arguments, a.index())));
        } else {
          Choice c = (Choice) part;
          Object value = argument(arguments, c.index());
          if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("argument " + c.index() + " chooses a plural"
                + " form, so it must be an integer, but was \"" + value + "\"");
          }
          c.select(number.doubleValue()).append(out, arguments, messages);
        }
      }
    }

    private static Object argument(Object[] arguments, int index) {
      if (index >= arguments.length) {
        throw new IllegalArgumentException("the message needs argument " + index + " but was"
            + " given " + arguments.length);
      }
      return requireNonNull(arguments[index], "message argument " + index);
    }

    /** The same pattern with every literal letter accented, for the pseudo-locale. */
    Pattern pseudo() {
      List<Object> changed = new ArrayList<>(parts.size());
      for (Object part : parts) {
        if (part instanceof String s) {
          changed.add(Pseudo.accent(s));
        } else if (part instanceof Choice c) {
          changed.add(c.pseudo());
        } else {
          changed.add(part);
        }
      }
      return new Pattern(List.copyOf(changed));
    }
  }

  /** Accents for the pseudo-locale: each ASCII letter becomes a look-alike outside ASCII. */
  static final class Pseudo {
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "àƀçđéƒĝĥíĵķĺɱñóƥǫŕšţúʋŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤǪŔŠŢÚṼŴẊÝŽ";

    private Pseudo() {}

    static String accent(String text) {
      StringBuilder out = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        int at = PLAIN.indexOf(c);
        out.append(at < 0 ? c : ACCENTED.charAt(at));
      }
      return out.toString();
    }
  }
}
