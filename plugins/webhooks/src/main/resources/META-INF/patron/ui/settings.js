// The restaurant's webhook endpoints, for managers: register one (its secret shown once), see
// whether each is working, enable or disable it, rotate its secret, and read and replay its
// recent deliveries.
import { html, nothing } from 'lit';
import { ApiError, PatronElement, call, date, get, translate } from '/ui/app/sdk.js';

const WORDS = {
  en: { url: 'URL', types: 'Event types', typesHint: 'Comma-separated: customer.created, customer.*, * for all',
    description: 'Description', add: 'Add endpoint', none: 'No endpoints yet.',
    secret: 'Signing secret of {url}: copy it now, it is not shown again.', enabled: 'working', disabled: 'disabled',
    failing: 'failing since {since}', enable: 'Enable', disable: 'Disable', rotate: 'New secret',
    deliveries: 'Deliveries', hide: 'Hide', remove: 'Delete', confirmRemove: 'Delete this endpoint and its log?',
    replay: 'Send again', noDeliveries: 'No deliveries yet.', PENDING: 'pending', SUCCEEDED: 'delivered', FAILED: 'failed' },
  de: { url: 'URL', types: 'Ereignistypen', typesHint: 'Durch Kommas getrennt: customer.created, customer.*, * für alle',
    description: 'Beschreibung', add: 'Endpunkt hinzufügen', none: 'Noch keine Endpunkte.',
    secret: 'Signaturschlüssel von {url}: jetzt kopieren, er wird nicht wieder gezeigt.', enabled: 'in Betrieb',
    disabled: 'deaktiviert', failing: 'fehlerhaft seit {since}', enable: 'Aktivieren', disable: 'Deaktivieren',
    rotate: 'Neuer Schlüssel', deliveries: 'Zustellungen', hide: 'Ausblenden', remove: 'Löschen',
    confirmRemove: 'Diesen Endpunkt samt Protokoll löschen?', replay: 'Erneut senden', noDeliveries: 'Noch keine Zustellungen.',
    PENDING: 'ausstehend', SUCCEEDED: 'zugestellt', FAILED: 'fehlgeschlagen' },
  fr: { url: 'URL', types: 'Types d\'événements', typesHint: 'Séparés par des virgules : customer.created, customer.*, * pour tous',
    description: 'Description', add: 'Ajouter le point de terminaison', none: 'Aucun point de terminaison pour l\'instant.',
    secret: 'Clé de signature de {url} : copiez-la maintenant, elle ne sera plus affichée.', enabled: 'en service',
    disabled: 'désactivé', failing: 'en échec depuis {since}', enable: 'Activer', disable: 'Désactiver',
    rotate: 'Nouvelle clé', deliveries: 'Envois', hide: 'Masquer', remove: 'Supprimer',
    confirmRemove: 'Supprimer ce point de terminaison et son journal ?', replay: 'Renvoyer', noDeliveries: 'Aucun envoi pour l\'instant.',
    PENDING: 'en attente', SUCCEEDED: 'livré', FAILED: 'échoué' },
};
const say = (key, values) => translate(WORDS, key, values);
const BASE = '/plugins/webhooks/endpoints';

class WebhooksSettings extends PatronElement {
  static properties = {
    endpoints: { state: true }, error: { state: true }, errors: { state: true }, secret: { state: true },
    log: { state: true },
  };

  constructor() {
    super();
    this.errors = {};
    this.log = {};
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.endpoints = (await get(BASE + '?limit=100')).items;
    } catch (e) {
      this.error = e.message;
    }
  }

  async run(action) {
    try {
      await action();
      this.error = null;
    } catch (e) {
      this.error = e.message;
    }
    await this.load();
  }

  async add(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const body = {
      url: form.get('url').trim(),
      eventTypes: form.get('eventTypes').split(',').map((t) => t.trim()).filter((t) => t),
      description: form.get('description').trim() || null,
    };
    try {
      const created = (await call('POST', BASE, { body })).body;
      this.secret = { url: created.url, value: created.secret };
      event.target.reset();
      this.errors = {};
      this.error = null;
      await this.load();
    } catch (e) {
      this.errors = e instanceof ApiError ? e.fields : {};
      this.error = e.message;
    }
  }

  toggle(endpoint) {
    return this.run(() => call('PATCH', BASE + '/' + endpoint.id, { body: { enabled: !endpoint.enabled },
      headers: { 'If-Match': '"' + endpoint.version + '"' } }));
  }

  rotate(endpoint) {
    return this.run(async () => {
      const rotated = (await call('POST', BASE + '/' + endpoint.id + '/secret-rotations', { body: {} })).body;
      this.secret = { url: rotated.url, value: rotated.secret };
    });
  }

  remove(endpoint) {
    if (!window.confirm(say('confirmRemove'))) {
      return Promise.resolve();
    }
    return this.run(() => call('DELETE', BASE + '/' + endpoint.id, { headers: { 'If-Match': '"' + endpoint.version + '"' } }));
  }

  async showLog(endpoint) {
    if (this.log[endpoint.id]) {
      this.log = { ...this.log, [endpoint.id]: null };
      return;
    }
    await this.refreshLog(endpoint.id);
  }

  async refreshLog(endpointId) {
    try {
      const page = await get(BASE + '/' + endpointId + '/deliveries?limit=20');
      this.log = { ...this.log, [endpointId]: page.items };
    } catch (e) {
      this.error = e.message;
    }
  }

  async replay(endpointId, delivery) {
    try {
      await call('POST', BASE + '/' + endpointId + '/deliveries/' + delivery.id + '/replay', { body: {} });
      this.error = null;
    } catch (e) {
      this.error = e.message;
    }
    await this.refreshLog(endpointId);
  }

  state(endpoint) {
    if (!endpoint.enabled) {
      return html`${say('disabled')}${endpoint.disabledReason ? html`: <small>${endpoint.disabledReason}</small>` : ''}`;
    }
    return endpoint.failingSince ? say('failing', { since: date(endpoint.failingSince, true) }) : say('enabled');
  }

  deliveries(endpoint) {
    const items = this.log[endpoint.id];
    if (!items) {
      return '';
    }
    return html`<tr class="deliveries"><td colspan="4">${items.length === 0 ? html`<p>${say('noDeliveries')}</p>` : html`
      <table><tbody>${items.map((d) => html`<tr data-delivery=${d.id} data-state=${d.state}>
        <td>${date(d.createdAt, true)}</td><td><code>${d.eventType}</code></td>
        <td>${say(d.state)}${d.lastStatus ? html` (${d.lastStatus})` : ''}${d.lastError ? html`<br><small>${d.lastError}</small>` : ''}</td>
        <td>${d.attempts}</td>
        <td>${d.state === 'PENDING' ? '' : html`<button class="outline secondary" data-action="replay"
          @click=${() => this.replay(endpoint.id, d)}>${say('replay')}</button>`}</td></tr>`)}</tbody></table>`}</td></tr>`;
  }

  render() {
    return html`
      <form class="add-endpoint" @submit=${(e) => this.add(e)}>
        <label>${say('url')}<input name="url" type="url" required placeholder="https://"
          aria-invalid=${this.errors.url ? 'true' : nothing} aria-describedby="webhooks-url-error"></label>
        ${this.errors.url ? html`<small id="webhooks-url-error" class="error">${this.errors.url}</small>` : ''}
        <label>${say('types')}<input name="eventTypes" required value="customer.*"
          aria-invalid=${Object.keys(this.errors).some((f) => f.startsWith('eventTypes')) ? 'true' : nothing}>
          <small>${say('typesHint')}</small></label>
        <label>${say('description')}<input name="description" maxlength="500"></label>
        <button type="submit">${say('add')}</button>
      </form>
      ${this.secret ? html`<article class="secret" role="status"><p>${say('secret', { url: this.secret.url })}</p>
        <code class="secret">${this.secret.value}</code></article>` : ''}
      ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : ''}
      ${this.endpoints && this.endpoints.length === 0 ? html`<p>${say('none')}</p>` : ''}
      <table class="striped endpoints"><tbody>${(this.endpoints || []).map((endpoint) => html`
        <tr data-endpoint=${endpoint.url}>
          <td><code>${endpoint.url}</code>${endpoint.description ? html`<br><small>${endpoint.description}</small>` : ''}</td>
          <td>${endpoint.eventTypes.join(', ')}</td>
          <td class="state">${this.state(endpoint)}</td>
          <td class="row-actions">
            <button class="outline secondary" data-action="toggle" @click=${() => this.toggle(endpoint)}>
              ${endpoint.enabled ? say('disable') : say('enable')}</button>
            <button class="outline secondary" data-action="rotate" @click=${() => this.rotate(endpoint)}>${say('rotate')}</button>
            <button class="outline secondary" data-action="deliveries" @click=${() => this.showLog(endpoint)}>
              ${this.log[endpoint.id] ? say('hide') : say('deliveries')}</button>
            <button class="outline contrast" data-action="delete" @click=${() => this.remove(endpoint)}>${say('remove')}</button>
          </td>
        </tr>${this.deliveries(endpoint)}`)}</tbody></table>`;
  }
}
customElements.define('webhooks-settings', WebhooksSettings);
