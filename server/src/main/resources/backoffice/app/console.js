import { html } from 'lit';
import { ApiError, call, get, OfflineError, setCsrfToken } from './api.js';
import { PatronElement } from './element.js';
import { date } from './sdk.js';

// The host console at /console, for the host's admin (in English: hosts run many restaurants).
// The admin token is exchanged once for a console session; the token is never kept in the browser.

function message(e) {
  if (e instanceof OfflineError) {
    return 'The connection to the server was lost. Nothing was saved; try again.';
  }
  if (e instanceof ApiError && Object.keys(e.fields).length) {
    return Object.entries(e.fields).map(([field, text]) => field + ': ' + text).join('; ');
  }
  return e.message;
}

class PatronConsole extends PatronElement {
  static properties = { signedIn: { state: true }, error: { state: true }, tenants: { state: true },
    plugins: { state: true }, selected: { state: true }, keys: { state: true }, tenantPlugins: { state: true },
    issued: { state: true }, deadLetters: { state: true }, pluginErrors: { state: true }, renaming: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    get('/auth/admin-session').then((session) => this.opened(session), () => { this.signedIn = false; });
  }

  async signIn(event) {
    event.preventDefault();
    try {
      const { body } = await call('POST', '/auth/admin-sessions', { body: { token: new FormData(event.target).get('token') } });
      this.opened(body);
    } catch (e) {
      this.error = e instanceof ApiError && e.status === 429
        ? 'Too many attempts. Try again in ' + e.problem.retryAfter + ' seconds.' : 'The admin token is wrong.';
    }
  }

  opened(session) {
    setCsrfToken(session.csrfToken);
    this.signedIn = true;
    this.error = null;
    this.load();
  }

  async signOut() {
    await call('DELETE', '/auth/admin-session').catch(() => {});
    this.signedIn = false;
  }

  async load() {
    try {
      [this.tenants, this.plugins] = await Promise.all([get('/admin/tenants?limit=500').then((p) => p.items),
        get('/admin/plugins').then((p) => p.items)]);
      const deadLetters = {};
      for (const plugin of this.plugins) {
        deadLetters[plugin.id] = (await get('/admin/plugins/' + plugin.id + '/dead-letters')).items;
      }
      this.deadLetters = deadLetters;
      if (this.selected) {
        await this.select(this.tenants.find((t) => t.id === this.selected.id), true);
      }
    } catch (e) {
      this.error = message(e);
    }
  }

  async act(work) {
    try {
      await work();
      this.error = null;
    } catch (e) {
      this.error = message(e);
    }
    await this.load();
  }

  /** Shows one restaurant's keys and plugins; a key just issued stays shown while the same one is. */
  async select(tenant, keepIssued = false) {
    this.selected = tenant;
    if (!keepIssued) {
      this.issued = null;
    }
    this.keys = (await get('/admin/tenants/' + tenant.id + '/api-keys')).items;
    this.limits = await get('/admin/tenants/' + tenant.id + '/request-limits');
    const settings = (await get('/admin/tenants/' + tenant.id + '/plugins')).items;
    this.tenantPlugins = Object.fromEntries(settings.map((s) => [s.pluginId, s]));
  }

  create(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    return this.act(async () => {
      const body = { name: form.get('name'), currency: form.get('currency'), language: form.get('language'),
        timeZone: form.get('timeZone') };
      if (form.get('slug')) {
        body.slug = form.get('slug');
      }
      await call('POST', '/admin/tenants', { body });
      event.target.reset();
    });
  }

  rename(event, tenant) {
    event.preventDefault();
    const name = new FormData(event.target).get('name');
    this.renaming = null;
    return this.act(() => call('PATCH', '/admin/tenants/' + tenant.id, { body: { name },
      headers: { 'If-Match': '"' + tenant.version + '"' } }));
  }

  toggle(tenant) {
    return this.act(() => call('PATCH', '/admin/tenants/' + tenant.id, { body: { disabled: !tenant.disabled },
      headers: { 'If-Match': '"' + tenant.version + '"' } }));
  }

  issueKey(event) {
    event.preventDefault();
    const name = new FormData(event.target).get('name');
    return this.act(async () => {
      this.issued = (await call('POST', '/admin/tenants/' + this.selected.id + '/api-keys', { body: name ? { name } : {} })).body;
    });
  }

  revoke(key) {
    return this.act(() => call('DELETE', '/admin/tenants/' + this.selected.id + '/api-keys/' + key.id));
  }

  /** Sets the restaurant's own request rate limits; an empty field goes back to the host's default. */
  setLimits(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const perMinute = (name) => (form.get(name) === '' ? null : Number(form.get(name)));
    return this.act(() => call('PUT', '/admin/tenants/' + this.selected.id + '/request-limits', {
      body: { requestsPerMinute: perMinute('requestsPerMinute'), keyRequestsPerMinute: perMinute('keyRequestsPerMinute') } }));
  }

  /** Enables or configures a plugin; its validation errors stand beside its form. */
  async configure(event, pluginId) {
    event.preventDefault();
    const form = new FormData(event.target);
    const errors = { ...this.pluginErrors };
    try {
      let config;
      try {
        config = JSON.parse(form.get('config') || '{}');
      } catch (e) {
        throw new Error('The configuration is not JSON: ' + e.message);
      }
      await call('PUT', '/admin/tenants/' + this.selected.id + '/plugins/' + pluginId, {
        body: { enabled: form.get('enabled') === 'on', config } });
      delete errors[pluginId];
    } catch (e) {
      errors[pluginId] = message(e);
    }
    this.pluginErrors = errors;
    await this.load();
  }

  retry(pluginId) {
    return this.act(() => call('POST', '/admin/plugins/' + pluginId + '/dead-letters/retry'));
  }

  render() {
    if (this.signedIn === undefined) {
      return html`<main class="container" aria-busy="true"></main>`;
    }
    if (!this.signedIn) {
      return html`<main class="container"><article class="narrow"><h1>Host console</h1>
        <form @submit=${(e) => this.signIn(e)}>
          <label>Admin token<input name="token" type="password" required autocomplete="off"></label>
          ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : ''}
          <button type="submit">Sign in</button></form></article></main>`;
    }
    return html`
      <header class="container"><nav><ul><li><strong>Patron host console</strong></li></ul>
        <ul><li><button class="secondary outline" @click=${() => this.signOut()}>Sign out</button></li></ul></nav></header>
      <main class="container">
        ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : ''}
        <h2>Restaurants</h2>
        <form class="grid create-tenant" @submit=${(e) => this.create(e)}>
          <label>Name<input name="name" required></label>
          <label>Slug<input name="slug" placeholder="trattoria-roma"></label>
          <label>Currency<input name="currency" value="EUR" required></label>
          <label>Language<input name="language" value="de-AT" required></label>
          <label>Time zone<input name="timeZone" value="Europe/Vienna" required></label>
          <button type="submit">Create</button>
        </form>
        <table class="striped tenants"><tbody>${(this.tenants || []).map((t) => html`<tr data-tenant=${t.name}>
          <td>${this.renaming === t.id ? html`<form class="rename" @submit=${(e) => this.rename(e, t)}>
              <input name="name" aria-label="New name" .value=${t.name} required><button type="submit">Save</button></form>`
            : html`<a href="#" @click=${(e) => { e.preventDefault(); this.select(t); }}>${t.name}</a>`}</td><td>${t.slug ?? ''}</td>
          <td>${t.disabled ? 'disabled' : 'active'}</td>
          <td><button class="outline" data-action="rename" @click=${() => { this.renaming = t.id; }}>Rename</button>
            <button class="outline secondary" data-action="toggle" @click=${() => this.toggle(t)}>${t.disabled ? 'Enable' : 'Disable'}</button></td>
        </tr>`)}</tbody></table>
        ${this.selected ? this.tenant() : ''}
        <h2>Installed plugins</h2>
        <table class="striped plugins"><tbody>${(this.plugins || []).map((p) => html`<tr data-plugin=${p.id}>
          <td>${p.id} ${p.version}</td><td>${p.state}</td><td>${p.failure ?? ''}</td>
          <td class="dead-letters" ?data-loaded=${!!this.deadLetters}>${this.deadLetters
            ? html`${(this.deadLetters[p.id] || []).length} dead letter(s)
              ${(this.deadLetters[p.id] || []).length ? html`<button class="outline" @click=${() => this.retry(p.id)}>Retry</button>` : ''}`
            : '…'}</td>
        </tr>`)}</tbody></table>
      </main>`;
  }

  tenant() {
    const t = this.selected;
    return html`<article class="tenant" data-tenant=${t.id}>
      <h3>${t.name}</h3>
      <h4>API keys</h4>
      <form class="grid issue-key" @submit=${(e) => this.issueKey(e)}>
        <label>Name<input name="name" placeholder="POS terminal 1"></label><button type="submit">Issue key</button></form>
      ${this.issued ? html`<p role="status" class="notice">Shown this once: <code class="issued-key">${this.issued.key}</code></p>` : ''}
      <table><tbody>${(this.keys || []).map((k) => html`<tr><td>${k.name ?? ''}</td><td><code>${k.prefix}…</code></td>
        <td>${date(k.createdAt)}</td><td>${k.revokedAt ? 'revoked' : html`<button class="outline secondary"
          data-action="revoke" @click=${() => this.revoke(k)}>Revoke</button>`}</td></tr>`)}</tbody></table>
      <h4>Request limits</h4>
      ${this.limits ? html`<form class="grid request-limits" @submit=${(e) => this.setLimits(e)}>
        <label>Requests a minute, restaurant<input name="requestsPerMinute" type="number" min="1"
          .value=${this.limits.requestsPerMinute ?? ''}
          placeholder=${'default: ' + (this.limits.effective.requestsPerMinute ?? 'no limit')}></label>
        <label>Requests a minute, each API key<input name="keyRequestsPerMinute" type="number" min="1"
          .value=${this.limits.keyRequestsPerMinute ?? ''}
          placeholder=${'default: ' + (this.limits.effective.keyRequestsPerMinute ?? 'no limit')}></label>
        <button type="submit" class="outline">Save limits</button></form>` : ''}
      <h4>Plugins</h4>
      ${(this.plugins || []).map((p) => {
        const setting = this.tenantPlugins?.[p.id];
        return html`<form class="plugin-setting" data-plugin=${p.id} @submit=${(e) => this.configure(e, p.id)}>
          <label><input type="checkbox" role="switch" name="enabled" ?checked=${setting?.enabled}> ${p.id}</label>
          <label>Configuration (JSON)<textarea name="config" rows="2">${JSON.stringify(setting?.config ?? {})}</textarea></label>
          ${this.pluginErrors?.[p.id] ? html`<p role="alert" class="error">${this.pluginErrors[p.id]}</p>` : ''}
          <button type="submit" class="outline">Save</button></form>`;
      })}
    </article>`;
  }
}

customElements.define('patron-console', PatronConsole);
