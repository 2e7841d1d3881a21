// A settings page for a plugin's resources (order profiles, discounts): the list with each one's
// state, activate or deactivate it, and a form to add one with the fields the plugin names.
import { html, nothing } from 'lit';
import { ApiError, PatronElement, call, get, translate } from '/ui/app/sdk.js';

const WORDS = {
  en: { name: 'Name', code: 'Code', active: 'Active', add: 'Add', activate: 'Activate', deactivate: 'Deactivate',
    none: 'None yet.', yes: 'yes', no: 'no' },
  de: { name: 'Name', code: 'Kürzel', active: 'Aktiv', add: 'Hinzufügen', activate: 'Aktivieren', deactivate: 'Deaktivieren',
    none: 'Noch keine.', yes: 'ja', no: 'nein' },
  fr: { name: 'Nom', code: 'Code', active: 'Actif', add: 'Ajouter', activate: 'Activer', deactivate: 'Désactiver',
    none: 'Aucun pour l\'instant.', yes: 'oui', no: 'non' },
};
const say = (key) => translate(WORDS, key);

/**
 * @param element the custom element's name
 * @param options pluginId, collection (its route), and fields: the form's extra fields, each
 *     {name, label: {en, de, fr}, type: 'select' with options, or 'number'}
 */
export function defineResourceSettings(element, { pluginId, collection, fields }) {
  class ResourceSettings extends PatronElement {
    static properties = { items: { state: true }, error: { state: true }, errors: { state: true } };

    constructor() {
      super();
      this.errors = {};
    }

    connectedCallback() {
      super.connectedCallback();
      this.load();
    }

    base() {
      return '/plugins/' + pluginId + '/' + collection;
    }

    async load() {
      try {
        this.items = (await get(this.base() + '?limit=500')).items;
      } catch (e) {
        this.error = e.message;
      }
    }

    async add(event) {
      event.preventDefault();
      const form = new FormData(event.target);
      const body = { name: form.get('name').trim(), code: form.get('code').trim() };
      for (const field of fields) {
        const value = form.get(field.name);
        body[field.name] = field.type === 'number' ? (value === '' ? null : Number(value)) : value;
      }
      try {
        await call('POST', this.base(), { body });
        event.target.reset();
        this.errors = {};
        this.error = null;
        await this.load();
      } catch (e) {
        this.errors = e instanceof ApiError ? e.fields : {};
        this.error = e.message;
      }
    }

    async toggle(item) {
      try {
        await call('PATCH', this.base() + '/' + item.id, { body: { active: !item.active },
          headers: { 'If-Match': '"' + item.version + '"' } });
      } catch (e) {
        this.error = e.message;
      }
      await this.load();
    }

    label(field) {
      return field.label[this.language] || field.label.en;
    }

    control(field) {
      return field.type === 'select'
        ? html`<select name=${field.name}>${field.options.map((o) => html`<option value=${o}>${o}</option>`)}</select>`
        : html`<input name=${field.name} type="number" step="0.01" aria-invalid=${this.errors[field.name] ? 'true' : nothing}>`;
    }

    render() {
      return html`
        <form class="grid" @submit=${(e) => this.add(e)}>
          <label>${say('name')}<input name="name" required aria-invalid=${this.errors.name ? 'true' : nothing}></label>
          <label>${say('code')}<input name="code" required aria-invalid=${this.errors.code ? 'true' : nothing}></label>
          ${fields.map((field) => html`<label>${this.label(field)}${this.control(field)}</label>`)}
          <button type="submit">${say('add')}</button>
        </form>
        ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : ''}
        ${this.items && this.items.length === 0 ? html`<p>${say('none')}</p>` : ''}
        <table class="striped"><tbody>${(this.items || []).map((item) => html`<tr data-code=${item.code}>
          <td>${item.name}</td><td><code>${item.code}</code></td><td>${item.active ? say('yes') : say('no')}</td>
          <td><button class="outline secondary" @click=${() => this.toggle(item)}>
            ${item.active ? say('deactivate') : say('activate')}</button></td></tr>`)}</tbody></table>`;
    }
  }
  customElements.define(element, ResourceSettings);
}
