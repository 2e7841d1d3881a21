import { html } from 'lit';
import { get, OfflineError } from './api.js';
import { PatronElement } from './element.js';
import { currentLanguage, t } from './i18n.js';
import { loadPart } from './plugin-part.js';

const PAGE = 25;
/** Exporting every customer's data is a manager's (the API holds it to that too). */
const MANAGERS = ['MANAGER', 'OWNER'];
const TYPING_PAUSE_MS = 250;

/**
 * Customers > Customers: search as you type (one request per pause in typing, and only the
 * latest answer counts), sorting by name or newest, and cursor paging with "Show more".
 */
class PatronCustomerList extends PatronElement {
  static properties = {
    session: { attribute: false }, items: { state: true }, cursor: { state: true }, query: { state: true },
    sort: { state: true },
    busy: { state: true }, error: { state: true }, columns: { state: true },
  };

  constructor() {
    super();
    this.items = [];
    this.cursor = null;
    this.query = '';
    this.sort = 'name';
    this.asked = 0;
    this.timer = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load(false);
  }

  firstUpdated() {
    // Staff come to the list to find someone: the search field has the focus, ready for typing.
    this.querySelector('input[type=search]')?.focus();
  }

  /**
   * What the list shows, as query parameters the list and the export both take: the search (whose
   * results come in order of the matched value), or the sort of the whole list.
   */
  filters() {
    const query = this.query.trim();
    return new URLSearchParams(query ? { q: query } : { sort: this.sort });
  }

  /** The export of what the list shows. */
  exportUrl() {
    const params = this.filters();
    params.set('format', 'csv');
    return '/api/v1/customers/export?' + params;
  }

  typed(event) {
    this.query = event.target.value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.load(false), TYPING_PAUSE_MS);
  }

  sorted(event) {
    this.sort = event.target.value;
    this.load(false);
  }

  async load(more) {
    const asked = ++this.asked;
    const params = this.filters();
    params.set('limit', String(PAGE));
    if (more && this.cursor) {
      params.set('cursor', this.cursor);
    }
    this.busy = true;
    try {
      const page = await get('/customers?' + params);
      if (asked !== this.asked) {
        return; // a newer search is under way
      }
      this.items = more ? [...this.items, ...page.items] : page.items;
      this.cursor = page.nextCursor;
      this.error = null;
      this.fillColumns(asked);
    } catch (e) {
      if (asked === this.asked) {
        this.error = e instanceof OfflineError ? t('offline') : e.message;
      }
    } finally {
      if (asked === this.asked) {
        this.busy = false;
      }
    }
  }

  /** The plugins' columns (CUSTOMER_LIST_COLUMN parts): each asked once for the rows shown. */
  async fillColumns(asked) {
    const parts = this.session?.parts?.customerListColumns || [];
    const values = {};
    await Promise.all(parts.map(async (part) => {
      try {
        await loadPart(part);
        values[part.element] = await document.createElement(part.element).values(this.items);
      } catch (e) {
        values[part.element] = {};
      }
    }));
    if (asked === this.asked) {
      this.columns = values;
    }
  }

  render() {
    const parts = this.session?.parts?.customerListColumns || [];
    return html`
      <div class="row">
        <h1>${t('customers.title')}</h1>
        <div>
          ${MANAGERS.includes(this.session?.staff?.role) ? html`<a href=${this.exportUrl()} role="button" class="secondary outline"
            download data-action="export">${t('customers.export')}</a>` : ''}
          <a href="#/customers/new" role="button">${t('customers.add')}</a>
        </div>
      </div>
      <div class="grid toolbar">
        <input type="search" name="q" .value=${this.query} @input=${(e) => this.typed(e)}
          placeholder=${t('customers.search')} aria-label=${t('customers.search')}>
        <select name="sort" aria-label=${t('customers.sort')} @change=${(e) => this.sorted(e)}
          ?disabled=${this.query.trim() !== ''}>
          <option value="name" ?selected=${this.sort === 'name'}>${t('customers.sort.name')}</option>
          <option value="-createdAt" ?selected=${this.sort === '-createdAt'}>${t('customers.sort.newest')}</option>
        </select>
      </div>
      ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : ''}
      <div class="overflow-auto">
        <table class="striped" aria-busy=${this.busy ? 'true' : 'false'}>
          <thead><tr><th scope="col">${t('col.name')}</th><th scope="col">${t('col.email')}</th>
            <th scope="col">${t('col.phone')}</th><th scope="col">${t('col.company')}</th>
            ${parts.map((part) => html`<th scope="col">${part.titles[currentLanguage()] || part.titles.en}</th>`)}</tr></thead>
          <tbody>
            ${this.items.map((c) => html`<tr data-customer=${c.id}>
              <td><a href="#/customers/${c.id}">${c.lastName}, ${c.firstName}</a></td>
              <td>${c.email ?? ''}</td><td>${c.primaryPhone ?? ''}</td><td>${c.company ?? ''}</td>
              ${parts.map((part) => html`<td data-column=${part.element}>${this.columns?.[part.element]?.[c.id] ?? ''}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
      ${!this.busy && this.items.length === 0 ? html`<p>${t('customers.none')}</p>` : ''}
      ${this.cursor ? html`<button class="secondary" @click=${() => this.load(true)}>${t('customers.more')}</button>` : ''}`;
  }
}

customElements.define('patron-customer-list', PatronCustomerList);
