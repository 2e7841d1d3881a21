import { html } from 'lit';
import { ApiError, call, get, OfflineError } from './api.js';
import { address, contactFields, notesField, read } from './customer-fields.js';
import { PatronElement } from './element.js';
import { t } from './i18n.js';

/** Archiving is for managers and owners; staff do not see it (and the API refuses them anyway). */
const ARCHIVERS = ['MANAGER', 'OWNER'];

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
    errors: { state: true }, message: { state: true }, stale: { state: true }, preview: { state: true },
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

  /** The contact permission, switched on the page itself; saved with If-Match like every edit. */
  async permit(allowed) {
    const customer = this.overview.customer;
    try {
      const { body } = await call('PATCH', '/customers/' + customer.id, { body: { emailNotifications: allowed },
        headers: { 'If-Match': '"' + customer.version + '"' } });
      this.overview = { ...this.overview, customer: body };
      this.message = null;
    } catch (e) {
      this.message = e instanceof OfflineError ? t('offline')
        : e instanceof ApiError && e.status === 412 ? t('customer.stale') : e.message;
      await this.load();
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
      <div class="row">
        <h1>${c.firstName} ${c.lastName}</h1>
        <details class="dropdown actions">
          <summary role="button" class="secondary">${t('actions')}</summary>
          <ul>
            <li><a href="#" @click=${(e) => this.menu(e, () => this.open('contact'))}>${t('actions.edit')}</a></li>
            ${ARCHIVERS.includes(this.session?.staff?.role) ? html`<li><a href="#" data-action="archive"
              @click=${(e) => this.menu(e, () => this.previewArchive())}>${t('actions.archive')}</a></li>` : ''}
          </ul>
        </details>
      </div>
      <div class="grid">
        ${this.section('contact', html`<dl>
          <dt>${t('field.email')}</dt><dd>${c.email ?? none}</dd>
          <dt>${t('field.primaryPhone')}</dt><dd>${c.primaryPhone ? html`${c.primaryPhone}
            <small class="normalised">${c.primaryPhoneE164 ?? ''}</small>` : none}</dd>
          <dt>${t('field.company')}</dt><dd>${c.company ?? none}</dd>
          </dl>
          <label><input type="checkbox" role="switch" name="emailNotifications" .checked=${c.emailNotifications}
            aria-describedby="permission-reminder" @change=${(e) => this.permit(e.target.checked)}>
            ${t('field.emailNotifications')}</label>
          <small id="permission-reminder">${t('field.emailNotificationsHint')}</small>`)}
        ${this.section('address', html`<address>${a.street ?? ''}<br>${a.postalCode ?? ''} ${a.city ?? ''}<br>
          ${a.state ?? ''} ${a.country ?? ''}</address>`)}
        ${this.section('notes', html`<p class="notes">${c.notes ?? none}</p>`)}
      </div>
      <div class="parts" @patron-customer-changed=${() => this.load()}>
        ${(this.session?.parts?.customerSections || []).map((part) => html`<patron-plugin-part .part=${part}
          .props=${{ customer: c, section: this.overview.sections[part.plugin] ?? null, role: this.session.staff.role }}>
          </patron-plugin-part>`)}
      </div>
      ${this.message && !this.editing && !this.preview ? html`<p role="alert" class="error">${this.message}</p>` : ''}
      ${this.editing ? this.dialog(c) : ''}
      ${this.preview ? this.archiveDialog() : ''}`;
  }

  menu(event, action) {
    event.preventDefault();
    event.target.closest('details').open = false;
    action();
  }

  async previewArchive() {
    try {
      this.preview = await get('/customers/' + this.overview.customer.id + '/archive-preview');
      this.updateComplete.then(() => this.querySelector('dialog.archive')?.showModal());
    } catch (e) {
      this.message = e instanceof OfflineError ? t('offline') : e.message;
    }
  }

  async archive() {
    try {
      await call('DELETE', '/customers/' + this.preview.customerId, { headers: { 'If-Match': '"' + this.preview.version + '"' } });
      this.querySelector('dialog.archive')?.close();
      this.preview = null;
      location.hash = '#/customers';
    } catch (e) {
      this.archiveError = e instanceof ApiError && e.status === 412 ? t('customer.stale') : e.message;
      this.requestUpdate();
    }
  }

  archiveDialog() {
    const p = this.preview;
    const vetoes = p.plugins.filter((entry) => entry.veto);
    const effects = (list) => list.map((effect) => html`<li>${effect.description} (${effect.count})</li>`);
    return html`<dialog class="archive" aria-labelledby="archive-title" @close=${() => { this.preview = null; }}>
      <article>
        <h2 id="archive-title">${t('archive.title')}</h2>
        <p>${t('archive.intro')}</p>
        <ul><li>${t('archive.profile')}</li>
          ${p.plugins.map((entry) => html`${effects(entry.deletes)}${effects(entry.anonymises)}`)}</ul>
        ${vetoes.length ? html`<div role="alert" class="error"><p>${t('archive.vetoed')}</p>
          <ul>${vetoes.map((entry) => html`<li data-veto=${entry.plugin}>${entry.veto.detail || entry.veto.title}</li>`)}</ul></div>` : ''}
        ${this.archiveError ? html`<p role="alert" class="error">${this.archiveError}</p>` : ''}
        <footer class="grid">
          <button type="button" class="secondary" @click=${() => this.querySelector('dialog.archive').close()}>${t('form.cancel')}</button>
          <button type="button" class="danger" ?disabled=${!p.allowed} @click=${() => this.archive()}>${t('archive.confirm')}</button>
        </footer>
      </article></dialog>`;
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
