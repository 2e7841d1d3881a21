import { html } from 'lit';
import { ApiError, call, get, OfflineError } from './api.js';
import { address, contactFields, notesField, read } from './customer-fields.js';
import { PatronElement } from './element.js';
import { t } from './i18n.js';

const DIALOGS = {
  contact: { title: 'customer.contact', fields: (c, errors) => contactFields(c, errors) },
  address: { title: 'customer.address', fields: (c, errors) => address('primaryAddress', c.primaryAddress, errors) },
  notes: { title: 'customer.notes', fields: (c, errors) => notesField(c, errors) },
};

/**
 * A customer's page, from one request (the overview): Contact details, Postal address and Notes,
 * each edited in a dialog that saves with If-Match, so a stale edit says so instead of overwriting.
 */
class PatronCustomerPage extends PatronElement {
  static properties = {
    customerId: { attribute: 'customer-id' }, session: { attribute: false }, overview: { state: true },
    editing: { state: true },
    errors: { state: true }, message: { state: true }, stale: { state: true },
  };

  constructor() {
    super();
    this.errors = {};
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.overview = await get('/customers/' + encodeURIComponent(this.customerId) + '/overview');
      this.message = null;
    } catch (e) {
      this.message = e instanceof OfflineError ? t('offline') : e.message;
    }
  }

  open(which) {
    this.editing = which;
    this.errors = {};
    this.stale = false;
    this.message = null;
    this.updateComplete.then(() => this.querySelector('dialog')?.showModal());
  }

  close() {
    this.querySelector('dialog')?.close();
    this.editing = null;
  }

  async save(event) {
    event.preventDefault();
    const customer = this.overview.customer;
    try {
      const { body } = await call('PATCH', '/customers/' + customer.id, {
        body: read(event.target), headers: { 'If-Match': '"' + customer.version + '"' } });
      this.overview = { ...this.overview, customer: body };
      this.close();
    } catch (e) {
      this.stale = e instanceof ApiError && e.status === 412;
      this.errors = e instanceof ApiError ? e.fields : {};
      this.message = e instanceof OfflineError ? t('offline') : this.stale ? t('customer.stale')
        : Object.keys(this.errors).length ? t('form.invalid') : e.message;
    }
  }

  async reload() {
    this.close();
    await this.load();
  }

  render() {
    if (!this.overview) {
      return this.message ? html`<p role="alert" class="error">${this.message}</p>` : html`<p aria-busy="true"></p>`;
    }
    const c = this.overview.customer;
    const none = t('customer.none');
    const a = c.primaryAddress || {};
    return html`
      <nav aria-label="breadcrumb"><ul><li><a href="#/customers">${t('customer.back')}</a></li></ul></nav>
      <h1>${c.firstName} ${c.lastName}</h1>
      <div class="grid">
        ${this.section('contact', html`<dl>
          <dt>${t('field.email')}</dt><dd>${c.email ?? none}</dd>
          <dt>${t('field.primaryPhone')}</dt><dd>${c.primaryPhone ? html`${c.primaryPhone}
            <small class="normalised">${c.primaryPhoneE164 ?? ''}</small>` : none}</dd>
          <dt>${t('field.company')}</dt><dd>${c.company ?? none}</dd>
          <dt>${t('field.emailNotifications')}</dt><dd>${c.emailNotifications ? '✓' : '✗'}</dd></dl>`)}
        ${this.section('address', html`<address>${a.street ?? ''}<br>${a.postalCode ?? ''} ${a.city ?? ''}<br>
          ${a.state ?? ''} ${a.country ?? ''}</address>`)}
        ${this.section('notes', html`<p class="notes">${c.notes ?? none}</p>`)}
      </div>
      <div class="parts" @patron-customer-changed=${() => this.load()}>
        ${(this.session?.parts?.customerSections || []).map((part) => html`<patron-plugin-part .part=${part}
          .props=${{ customer: c, section: this.overview.sections[part.plugin] ?? null, role: this.session.staff.role }}>
          </patron-plugin-part>`)}
      </div>
      ${this.editing ? this.dialog(c) : ''}`;
  }

  section(which, content) {
    return html`<article data-section=${which}>
      <header class="row"><strong>${t(DIALOGS[which].title)}</strong>
        <button class="outline" @click=${() => this.open(which)}>${t('customer.edit')}</button></header>
      ${content}</article>`;
  }

  dialog(c) {
    const which = DIALOGS[this.editing];
    return html`<dialog aria-labelledby="dialog-title" @close=${() => { this.editing = null; }}>
      <article>
        <h2 id="dialog-title">${t(which.title)}</h2>
        <form novalidate @submit=${(e) => this.save(e)}>
          ${which.fields(c, this.errors)}
          ${this.message ? html`<p role="alert" class="error">${this.message}
            ${this.stale ? html`<button type="button" class="secondary" @click=${() => this.reload()}>${t('customer.reload')}</button>` : ''}</p>` : ''}
          <footer class="grid">
            <button type="button" class="secondary" @click=${() => this.close()}>${t('form.cancel')}</button>
            <button type="submit">${t('form.save')}</button>
          </footer>
        </form>
      </article></dialog>`;
  }
}

customElements.define('patron-customer-page', PatronCustomerPage);
