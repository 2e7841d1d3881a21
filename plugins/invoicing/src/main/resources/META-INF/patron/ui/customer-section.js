// The customer's billing: the open balance (from the customer overview), their invoices, and for
// managers "record payment" to settle one.
import { html } from 'lit';
import { ApiError, PatronElement, call, date, get, minorDigits, money, toMinor, translate } from '/ui/app/sdk.js';

const WORDS = {
  en: { balance: 'Open balance', noAccount: 'No billing account.', invoices: 'Invoices', none: 'No invoices.',
    record: 'Record payment', amount: 'Amount', method: 'Method', save: 'Record', cancel: 'Cancel',
    OPEN: 'open', PARTIALLY_PAID: 'partly paid', OVERDUE: 'overdue', PAID: 'paid', CREDITED: 'credited',
    VOID: 'void' },
  de: { balance: 'Offener Saldo', noAccount: 'Kein Rechnungskonto.', invoices: 'Rechnungen', none: 'Keine Rechnungen.',
    record: 'Zahlung erfassen', amount: 'Betrag', method: 'Zahlungsart', save: 'Erfassen', cancel: 'Abbrechen',
    OPEN: 'offen', PARTIALLY_PAID: 'teilweise bezahlt', OVERDUE: 'überfällig', PAID: 'bezahlt',
    CREDITED: 'gutgeschrieben', VOID: 'storniert' },
  fr: { balance: 'Solde ouvert', noAccount: 'Pas de compte de facturation.', invoices: 'Factures', none: 'Aucune facture.',
    record: 'Enregistrer un paiement', amount: 'Montant', method: 'Moyen', save: 'Enregistrer', cancel: 'Annuler',
    OPEN: 'ouverte', PARTIALLY_PAID: 'partiellement payée', OVERDUE: 'en retard', PAID: 'payée',
    CREDITED: 'créditée', VOID: 'annulée' },
};
const say = (key, values) => translate(WORDS, key, values);
const MANAGERS = ['MANAGER', 'OWNER'];
const OUTSTANDING = ['OPEN', 'PARTIALLY_PAID', 'OVERDUE'];

class InvoicingCustomerSection extends PatronElement {
  static properties = { customer: { attribute: false }, section: { attribute: false }, role: { attribute: false },
    invoices: { state: true }, paying: { state: true }, error: { state: true } };

  updated(changed) {
    if (changed.has('customer') && this.customer) {
      get('/plugins/invoicing/invoices?limit=20&customerId=' + this.customer.id)
        .then((page) => { this.invoices = page.items; }, (e) => { this.error = e.message; });
    }
  }

  async pay(event, invoice) {
    event.preventDefault();
    const form = new FormData(event.target);
    try {
      await call('POST', '/plugins/invoicing/invoices/' + invoice.id + '/payments', { body: {
        amount: { amount: toMinor(form.get('amount'), invoice.open.currency), currency: invoice.open.currency },
        method: form.get('method') } });
      this.paying = null;
      this.dispatchEvent(new CustomEvent('patron-customer-changed', { bubbles: true }));
    } catch (e) {
      this.error = e instanceof ApiError && Object.keys(e.fields).length ? Object.values(e.fields).join(' ') : e.message;
    }
  }

  render() {
    const s = this.section;
    return html`
      <p><strong>${say('balance')}: ${s ? money(s.balance.balance) : ''}</strong>
        ${s && !s.account ? html`<br><small>${say('noAccount')}</small>` : ''}</p>
      ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : ''}
      ${this.invoices && this.invoices.length === 0 ? html`<p>${say('none')}</p>` : ''}
      <ul class="invoices">${(this.invoices || []).map((inv) => html`<li data-invoice=${inv.id}>
        ${inv.number} · ${date(inv.issueDate)} · ${money(inv.total)} (${say(inv.status)})
        ${MANAGERS.includes(this.role) && OUTSTANDING.includes(inv.status) ? html`
          <button class="outline" @click=${() => { this.paying = inv.id; }}>${say('record')}</button>` : ''}
        ${this.paying === inv.id ? html`<form @submit=${(e) => this.pay(e, inv)}>
          <label>${say('amount')}<input name="amount" inputmode="decimal" required
            .value=${String(inv.open.amount / 10 ** minorDigits(inv.open.currency))}></label>
          <label>${say('method')}<select name="method">
            ${['CARD', 'CASH', 'BANK_TRANSFER', 'OTHER'].map((m) => html`<option value=${m}>${m}</option>`)}</select></label>
          <button type="submit">${say('save')}</button>
          <button type="button" class="secondary" @click=${() => { this.paying = null; }}>${say('cancel')}</button>
        </form>` : ''}
      </li>`)}</ul>`;
  }
}

customElements.define('invoicing-customer-section', InvoicingCustomerSection);
