// The gift cards' section of the customer page: each linked card with its balance (from the
// customer overview, no extra request) and, on demand, its history.
import { html } from 'lit';
import { PatronElement, date, get, money, translate } from '/ui/app/sdk.js';

const WORDS = {
  en: { none: 'No gift cards.', spendable: 'Spendable: {amount}', history: 'History', card: 'Card {code}',
    ACTIVE: 'active', INACTIVE: 'inactive', DEACTIVATED: 'deactivated', expired: 'expired' },
  de: { none: 'Keine Gutscheinkarten.', spendable: 'Verfügbar: {amount}', history: 'Verlauf', card: 'Karte {code}',
    ACTIVE: 'aktiv', INACTIVE: 'inaktiv', DEACTIVATED: 'deaktiviert', expired: 'abgelaufen' },
  fr: { none: 'Aucune carte cadeau.', spendable: 'Disponible : {amount}', history: 'Historique', card: 'Carte {code}',
    ACTIVE: 'active', INACTIVE: 'inactive', DEACTIVATED: 'désactivée', expired: 'expirée' },
};
const say = (key, values) => translate(WORDS, key, values);

class GiftCardsCustomerSection extends PatronElement {
  static properties = { section: { attribute: false }, history: { state: true } };

  constructor() {
    super();
    this.history = {};
  }

  async toggle(card) {
    if (this.history[card.id]) {
      this.history = { ...this.history, [card.id]: null };
      return;
    }
    const page = await get('/plugins/gift-cards/cards/' + card.id + '/activities?limit=20');
    this.history = { ...this.history, [card.id]: page.items };
  }

  render() {
    const cards = this.section?.cards || [];
    if (cards.length === 0) {
      return html`<p>${say('none')}</p>`;
    }
    return html`
      <p><strong>${say('spendable', { amount: money(this.section.spendableBalance) })}</strong></p>
      <ul class="gift-cards">${cards.map((card) => html`<li data-card=${card.id}>
        ${say('card', { code: card.maskedCode })}: <strong>${money(card.balance)}</strong>
        <small>(${card.expired ? say('expired') : say(card.state)})</small>
        <button class="outline secondary" aria-expanded=${this.history[card.id] ? 'true' : 'false'}
          @click=${() => this.toggle(card)}>${say('history')}</button>
        ${this.history[card.id] ? html`<table><tbody>${this.history[card.id].map((a) => html`<tr>
          <td>${date(a.createdAt, true)}</td><td>${a.type}</td><td>${money(a.amount)}</td><td>${money(a.balanceAfter)}</td>
          </tr>`)}</tbody></table>` : ''}
      </li>`)}</ul>`;
  }
}

customElements.define('gift-cards-customer-section', GiftCardsCustomerSection);
