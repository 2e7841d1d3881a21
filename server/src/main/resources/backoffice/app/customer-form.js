import { html } from 'lit';
import { ApiError, call, OfflineError } from './api.js';
import { address, contactFields, notesField, read } from './customer-fields.js';
import { PatronElement } from './element.js';
import { t } from './i18n.js';

/** "+ Add customer": every field, both names required, both addresses, the permission switch. */
class PatronCustomerForm extends PatronElement {
  static properties = { errors: { state: true }, message: { state: true }, busy: { state: true } };

  constructor() {
    super();
    this.errors = {};
    this.draft = {};
  }

  async submit(event) {
    event.preventDefault();
    this.draft = read(event.target);
    this.busy = true;
    try {
      const { body } = await call('POST', '/customers', { body: this.draft });
      location.hash = '#/customers/' + body.id;
    } catch (e) {
      this.errors = e instanceof ApiError ? e.fields : {};
      this.message = e instanceof OfflineError ? t('offline')
        : Object.keys(this.errors).length ? t('form.invalid') : e.message;
    } finally {
      this.busy = false;
    }
  }

  render() {
    const c = this.draft;
    return html`
      <h1>${t('form.create')}</h1>
      <form novalidate @submit=${(e) => this.submit(e)}>
        ${contactFields(c, this.errors)}
        ${address('primaryAddress', c.primaryAddress, this.errors)}
        <details><summary>${t('field.secondaryAddress')}</summary>${address('secondaryAddress', c.secondaryAddress, this.errors)}</details>
        ${notesField(c, this.errors)}
        ${this.message ? html`<p role="alert" class="error">${this.message}</p>` : ''}
        <div class="grid">
          <a href="#/customers" role="button" class="secondary">${t('form.cancel')}</a>
          <button type="submit" ?aria-busy=${this.busy}>${t('form.create')}</button>
        </div>
      </form>`;
  }
}

customElements.define('patron-customer-form', PatronCustomerForm);
