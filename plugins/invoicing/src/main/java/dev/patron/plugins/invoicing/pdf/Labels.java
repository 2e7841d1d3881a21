package dev.patron.plugins.invoicing.pdf;

import dev.patron.plugins.invoicing.InvoicingSettings;
import dev.patron.plugins.invoicing.support.MoneyText;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A printed document's words and formats in the restaurant's language: German and French texts
 * (anything else reads English), money, dates and percentages as its locale writes them ({@code
 * de-AT}: "€ 1.234,50", "02.12.2026"; {@code fr-FR}: "1 234,50 €", "2 déc. 2026"). One instance
 * serves one document on one thread (the formats it keeps are not thread-safe).
 */
public final class Labels {

  private static final Set<String> LANGUAGES = Set.of("de", "fr", "en");
  private static final String BUNDLE = "dev.patron.plugins.invoicing.pdf.labels";

  private final Locale locale;
  private final ResourceBundle texts;
  private final DateTimeFormatter dates;
  private final NumberFormat percents;
  /** One format per currency: a document formats many amounts. */
  private final Map<String, NumberFormat> moneyFormats = new HashMap<>();

  private Labels(Locale locale) {
    this.locale = locale;
    String language = LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    // No fallback to the JVM's default locale: a German server prints a French restaurant's invoice in French.
    this.texts = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), Labels.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    this.percents = NumberFormat.getNumberInstance(locale);
    percents.setMaximumFractionDigits(2);
  }

  /** The labels for a BCP 47 language tag such as {@code de-AT}; {@code null} or unknown reads English. */
  public static Labels of(String languageTag) {
    Locale locale = languageTag == null ? Locale.ENGLISH : Locale.forLanguageTag(languageTag);
    return new Labels(locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale);
  }

  public Locale locale() {
    return locale;
  }

  public String text(String key) {
    return texts.getString(key);
  }

  public String text(String key, Object... arguments) {
    return new MessageFormat(texts.getString(key), locale).format(arguments);
  }

  public String money(long minorUnits, String currencyCode) {
    NumberFormat format = moneyFormats.computeIfAbsent(currencyCode, this::moneyFormat);
    return printable(format.format(BigDecimal.valueOf(minorUnits, format.getMaximumFractionDigits())));
  }

  private NumberFormat moneyFormat(String currencyCode) {
    int digits = MoneyText.digits(currencyCode);
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance(currencyCode));
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format;
  }

  public String date(LocalDate date) {
    return printable(dates.format(date));
  }

  public String percent(int basisPoints) {
    return printable(percents.format(InvoicingSettings.percent(basisPoints)) + " %");
  }

  /** Narrow no-break spaces (French grouping) as plain no-break spaces, which every embedded font has. */
  private static String printable(String text) {
    return text.replace('\u202F', '\u00A0');
  }
}
