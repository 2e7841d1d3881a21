// A customer's default (order profile, discount) as a dropdown of the restaurant's active ones,
// saved into the customer's extension field with If-Match. Shared by the plugins that bundle the
// support library; each defines its element with its own names and words.
import { html } from 'lit';
import { ApiError, PatronElement, call, get, translate } from '/ui/app/sdk.js';

const WORDS = {
  en: { none: 'None', stale: 'Someone else changed this customer; the page was reloaded.', saved: 'Saved.' },
  de: { none: 'Keine', stale: 'Jemand anderes hat den Kunden geändert; die Seite wurde neu geladen.', saved: 'Gespeichert.' },
  fr: { none: 'Aucun', stale: 'Quelqu\'un d\'autre a modifié ce client ; la page a été rechargée.', saved: 'Enregistré.' },
};

/**
 * @param element the custom element's name
 * @param options pluginId, collection (the plugin's route listing the resources), field (the
 *     extension field, e.g. defaultProfileId) and label (by language)
 */
export function definePicker(element, { pluginId, collection, field, label }) {
  class DefaultPicker extends PatronElement {
    static properties = { customer: { attribute: false }, choices: { state: true }, message: { state: true } };

    connectedCallback() {
      super.connectedCallback();
      // Only active ones may be chosen; the one chosen stays listed even when it was deactivated since.
      get('/plugins/' + pluginId + '/' + collection + '?limit=500').then((page) => {
        this.choices = page.items.filter((item) => item.active !== false || item.id === this.current());
      }, (e) => { this.message = e.message; });
    }

    current() {
      return ((this.customer?.extensions || {})[pluginId] || {})[field] || '';
    }

    async choose(event) {
      const value = event.target.value || null;
      try {
        await call('PATCH', '/customers/' + this.customer.id, {
          body: { extensions: { [pluginId]: { [field]: value } } },
          headers: { 'If-Match': '"' + this.customer.version + '"' } });
        this.message = translate(WORDS, 'saved');
      } catch (e) {
        this.message = e instanceof ApiError && e.status === 412 ? translate(WORDS, 'stale') : e.message;
      }
      this.dispatchEvent(new CustomEvent('patron-customer-changed', { bubbles: true }));
    }

    render() {
      const id = element + '-select';
      return html`<label for=${id}>${label[this.language] || label.en}
        <select id=${id} name=${field} @change=${(e) => this.choose(e)} ?disabled=${!this.choices}>
          <option value="" ?selected=${this.current() === ''}>${translate(WORDS, 'none')}</option>
          ${(this.choices || []).map((c) => html`<option value=${c.id} ?selected=${c.id === this.current()}>${c.name}</option>`)}
        </select></label>
        ${this.message ? html`<small role="status">${this.message}</small>` : ''}`;
    }
  }
  customElements.define(element, DefaultPicker);
}
