// What the back office shares with plugins' parts (BackOfficeContributor): the base element, the
// API client (session cookie, CSRF token, problem details as ApiError) and formatting in the
// restaurant's currency and time zone and the person's language. A stable address: /ui/app/sdk.js.

export { PatronElement } from './element.js';
export { ApiError, OfflineError, call, get } from './api.js';
export { currentLanguage } from './i18n.js';
import { currentLanguage } from './i18n.js';

let timeZone = 'UTC';

export function setTimeZone(zone) {
  timeZone = zone;
}

/** How many digits the currency's minor unit has (2 for EUR, 0 for JPY). */
export function minorDigits(currency) {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
}

/** {amount, currency} (minor units) as the person's locale writes it: "25,00 €". */
export function money(value) {
  if (!value) {
    return '';
  }
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: value.currency })
    .format(value.amount / 10 ** minorDigits(value.currency));
}

/** What a person typed ("25,50" or "25.50") as minor units of {@code currency}; NaN when it is no number. */
export function toMinor(text, currency) {
  return Math.round(Number(String(text).trim().replace(',', '.')) * 10 ** minorDigits(currency));
}

/** An RFC 3339 timestamp as a date (and time) in the restaurant's time zone. */
export function date(timestamp, withTime = false) {
  if (!timestamp) {
    return '';
  }
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: withTime ? 'short' : undefined, timeZone })
    .format(new Date(timestamp));
}

function locale() {
  return { de: 'de-AT', fr: 'fr-FR', en: 'en-GB' }[currentLanguage()] || 'en-GB';
}

/** A part's message in the person's language, from the part's own table ({en: {...}, de: {...}}). */
export function translate(table, key, values = {}) {
  const text = (table[currentLanguage()] || {})[key] ?? (table.en || {})[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}
