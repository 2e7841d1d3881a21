package dev.patron.core.customer.file;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of a customer file, import and export alike: each is a writable field of the
 * customer's JSON document, named by its path ({@code firstName}, {@code primaryAddress.city}), plus
 * {@code extensions.<pluginId>.<field>} for plugins' fields. A file's header may name a column by
 * its path or by the German, French or English name a spreadsheet would carry ({@code Vorname},
 * {@code Prénom}, {@code First name}); names are compared without case, accents, spaces, dots,
 * hyphens and underscores.
 */
public final class CustomerColumns {

  /** How a column's cells read. */
  public enum Kind { TEXT, BOOLEAN }

  /** One standard column: its path, how it reads, and its header in each language. */
  public record Column(String path, Kind kind, String english, String german, String french) {

    public String header(String language) {
      return switch (language) {
        case "de" -> german;
        case "fr" -> french;
        default -> english;
      };
    }
  }

  /** Where a plugin's fields live: {@code extensions.<pluginId>.<field>}. */
  public static final String EXTENSIONS = "extensions.";
  /** The languages a template's header can be in. */
  public static final List<String> LANGUAGES = List.of("en", "de", "fr");

  private static final Pattern EXTENSION = Pattern.compile("extensions\\.([a-z][a-z0-9-]{0,63})\\.([A-Za-z][A-Za-z0-9_]{0,63})");
  private static final Pattern IGNORED = Pattern.compile("[\\s._\\-/]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final List<Column> STANDARD = build();
  private static final Map<String, Column> BY_NAME = byName();

  private CustomerColumns() {
  }

  /** The standard columns in the order an export and a template write them. */
  public static List<Column> standard() {
    return STANDARD;
  }

  private static List<Column> build() {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("referenceId", Kind.TEXT, "Reference", "Kundennummer", "Référence client"));
    columns.add(new Column("firstName", Kind.TEXT, "First name", "Vorname", "Prénom"));
    columns.add(new Column("lastName", Kind.TEXT, "Last name", "Nachname", "Nom"));
    columns.add(new Column("email", Kind.TEXT, "Email", "E-Mail", "Courriel"));
    columns.add(new Column("company", Kind.TEXT, "Company", "Firma", "Société"));
    columns.add(new Column("taxId", Kind.TEXT, "Tax ID", "UID-Nummer", "Numéro de TVA"));
    columns.add(new Column("language", Kind.TEXT, "Language", "Sprache", "Langue"));
    columns.add(new Column("primaryPhone", Kind.TEXT, "Phone", "Telefon", "Téléphone"));
    columns.add(new Column("secondaryPhone", Kind.TEXT, "Second phone", "Telefon 2", "Téléphone 2"));
    columns.add(new Column("emailNotifications", Kind.BOOLEAN, "Allow email notifications",
        "E-Mail-Benachrichtigungen erlauben", "Autoriser les notifications par e-mail"));
    columns.add(new Column("notes", Kind.TEXT, "Notes", "Notizen", "Remarques"));
    for (String address : List.of("primaryAddress", "secondaryAddress")) {
      String en = address.equals("primaryAddress") ? "" : " 2";
      columns.add(new Column(address + ".street", Kind.TEXT, "Street" + en, "Straße" + en, "Rue" + en));
      columns.add(new Column(address + ".postalCode", Kind.TEXT, "Postal code" + en, "PLZ" + en, "Code postal" + en));
      columns.add(new Column(address + ".city", Kind.TEXT, "City" + en, "Ort" + en, "Ville" + en));
      columns.add(new Column(address + ".state", Kind.TEXT, "State" + en, "Bundesland" + en, "Région" + en));
      columns.add(new Column(address + ".country", Kind.TEXT, "Country" + en, "Land" + en, "Pays" + en));
    }
    return List.copyOf(columns);
  }

  /**
   * The column a header name means: a standard column by its path, its header in any language or
   * a common synonym; {@code extensions.<pluginId>.<field>} as a plugin's field (its path, with
   * {@link Column#kind()} {@code TEXT}); empty when none.
   */
  public static Optional<Column> named(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String stripped = header.strip();
    if (EXTENSION.matcher(stripped).matches()) {
      return Optional.of(new Column(stripped, Kind.TEXT, stripped, stripped, stripped));
    }
    return Optional.ofNullable(BY_NAME.get(key(stripped)));
  }

  /** Whether a path names a plugin's field. */
  public static boolean isExtension(String path) {
    return path.startsWith(EXTENSIONS);
  }

  /** The plugin of an extension column, e.g. {@code order-profiles}. */
  public static String pluginOf(String path) {
    return path.substring(EXTENSIONS.length(), path.indexOf('.', EXTENSIONS.length()));
  }

  /** The field of an extension column within its plugin's namespace. */
  public static String fieldOf(String path) {
    return path.substring(path.indexOf('.', EXTENSIONS.length()) + 1);
  }

  /** A header name as compared: lower case, without accents and separators ({@code "E-Mail"} is {@code "email"}). */
  static String key(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    return IGNORED.matcher(folded.toLowerCase(Locale.ROOT).replace("ß", "ss")).replaceAll("");
  }

  private static Map<String, Column> byName() {
    Map<String, Column> names = new HashMap<>();
    for (Column column : STANDARD) {
      for (String name : List.of(column.path(), column.english(), column.german(), column.french())) {
        names.put(key(name), column);
      }
    }
    synonyms(names, "referenceId", "reference id", "reference", "customer number", "customer no", "customer id",
        "kunden-nr", "kundennr", "referenz", "numéro client", "n° client", "référence");
    synonyms(names, "firstName", "given name", "forename", "prenom");
    synonyms(names, "lastName", "surname", "family name", "familienname", "nom de famille");
    synonyms(names, "email", "e-mail", "email address", "e-mail address", "e-mail-adresse", "mail", "adresse e-mail",
        "adresse électronique");
    synonyms(names, "company", "company name", "organisation", "organization", "unternehmen", "entreprise");
    synonyms(names, "taxId", "vat id", "vat number", "vat", "uid", "ust-id", "ustid", "ust-idnr", "umsatzsteuer-id",
        "steuernummer", "tva", "n° tva", "numéro tva");
    synonyms(names, "language", "lang", "locale");
    synonyms(names, "primaryPhone", "telephone", "phone number", "mobile", "mobile phone", "cell", "telefonnummer",
        "handy", "mobil", "téléphone mobile", "portable");
    synonyms(names, "secondaryPhone", "phone 2", "other phone", "secondary phone", "telefon2", "téléphone2");
    synonyms(names, "emailNotifications", "email notifications", "newsletter", "marketing consent", "email consent",
        "e-mail-benachrichtigungen", "newsletter-einwilligung", "einwilligung", "notifications par e-mail",
        "consentement");
    synonyms(names, "notes", "note", "comment", "comments", "notiz", "bemerkung", "bemerkungen", "anmerkungen",
        "remarque", "commentaire", "commentaires");
    synonyms(names, "primaryAddress.street", "address", "street address", "strasse", "adresse", "anschrift");
    synonyms(names, "primaryAddress.postalCode", "zip", "zip code", "postcode", "postleitzahl", "cp");
    synonyms(names, "primaryAddress.city", "town", "stadt", "wohnort", "localité");
    synonyms(names, "primaryAddress.state", "region", "province", "county", "kanton");
    synonyms(names, "primaryAddress.country", "country code", "staat", "code pays");
    return Map.copyOf(names);
  }

  private static void synonyms(Map<String, Column> names, String path, String... synonyms) {
    Column column = STANDARD.stream().filter(c -> c.path().equals(path)).findFirst().orElseThrow();
    for (String synonym : synonyms) {
      Column before = names.putIfAbsent(key(synonym), column);
      if (before != null && before != column) {
        throw new IllegalStateException("header '" + synonym + "' would name both " + before.path() + " and " + path);
      }
    }
  }
}
