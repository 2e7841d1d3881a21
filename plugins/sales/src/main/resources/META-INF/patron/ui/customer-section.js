// The customer's sales: statistics (from the customer overview) and, on demand, the latest
// transactions with their products.
import { html } from 'lit';
import { PatronElement, date, get, money, translate } from '/ui/app/sdk.js';

const WORDS = {
  en: { visits: 'Visits', netSpend: 'Net spend', averageTicket: 'Average ticket', lastVisit: 'Last visit',
    last30: 'Last 30 days', transactions: 'Transactions and products', none: 'No sales yet.', items: '{count} item(s)',
    products: 'Products' },
  de: { visits: 'Besuche', netSpend: 'Umsatz netto', averageTicket: 'Durchschnittsbon', lastVisit: 'Letzter Besuch',
    last30: 'Letzte 30 Tage', transactions: 'Umsätze und Produkte', none: 'Noch keine Umsätze.', items: '{count} Position(en)',
    products: 'Produkte' },
  fr: { visits: 'Visites', netSpend: 'Chiffre net', averageTicket: 'Ticket moyen', lastVisit: 'Dernière visite',
    last30: '30 derniers jours', transactions: 'Ventes et produits', none: 'Pas encore de ventes.', items: '{count} article(s)',
    products: 'Produits' },
};
const say = (key, values) => translate(WORDS, key, values);

class SalesCustomerSection extends PatronElement {
  static properties = { customer: { attribute: false }, section: { attribute: false }, transactions: { state: true },
    products: { state: true }, error: { state: true } };

  async show() {
    const base = '/plugins/sales/customers/' + this.customer.id;
    try {
      const [transactions, products] = await Promise.all([get(base + '/transactions?limit=10'), get(base + '/products?limit=10')]);
      this.transactions = transactions.items;
      this.products = products.items;
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    const s = this.section;
    if (!s || !s.visits) {
      return html`<p>${say('none')}</p>`;
    }
    return html`<dl class="sales-statistics">
        <dt>${say('visits')}</dt><dd>${s.visits}</dd>
        <dt>${say('netSpend')}</dt><dd>${money(s.netSpend)}</dd>
        <dt>${say('averageTicket')}</dt><dd>${money(s.averageTicket)}</dd>
        <dt>${say('last30')}</dt><dd>${money(s.spendLast30Days)}</dd>
        <dt>${say('lastVisit')}</dt><dd>${date(s.lastVisitAt, true)}</dd></dl>
      ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : ''}
      ${this.transactions ? html`<table class="sales-transactions"><tbody>${this.transactions.map((tx) => html`<tr>
          <td>${date(tx.closedAt, true)}</td><td>${tx.location ?? ''}</td><td>${say('items', { count: tx.lineCount })}</td>
          <td>${money(tx.total)}</td></tr>`)}</tbody></table>
        <h4>${say('products')}</h4>
        <table class="sales-products"><tbody>${this.products.map((p) => html`<tr>
          <td>${p.name}</td><td>${p.quantity}</td><td>${money(p.spend)}</td></tr>`)}</tbody></table>`
        : html`<button class="outline secondary" @click=${() => this.show()}>${say('transactions')}</button>`}`;
  }
}

customElements.define('sales-customer-section', SalesCustomerSection);
