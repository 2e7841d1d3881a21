import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { ApiError, call, get, OfflineError } from './api.js';
import { PatronElement } from './element.js';
import { t } from './i18n.js';
import { date } from './sdk.js';

const ROLES = ['STAFF', 'MANAGER', 'OWNER'];

/** Owners manage the staff: invite (the answer's one-time link is shown to pass on), change roles, disable. */
class PatronStaffSettings extends PatronElement {
  static properties = { staff: { state: true }, link: { state: true }, error: { state: true }, errors: { state: true } };

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
      this.staff = (await get('/staff?limit=500')).items;
    } catch (e) {
      this.error = e.message;
    }
  }

  async invite(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    try {
      const { body } = await call('POST', '/staff', { body: { email: form.get('email').trim(), name: form.get('name').trim(),
        role: form.get('role'), language: form.get('language') } });
      this.link = body;
      this.errors = {};
      this.error = null;
      event.target.reset();
      await this.load();
    } catch (e) {
      this.fail(e);
    }
  }

  async change(user, changes) {
    try {
      await call('PATCH', '/staff/' + user.id, { body: changes, headers: { 'If-Match': '"' + user.version + '"' } });
      this.error = null;
    } catch (e) {
      this.fail(e);
    }
    await this.load();
  }

  async reset(user) {
    try {
      this.link = (await call('POST', '/staff/' + user.id + '/password-reset')).body;
    } catch (e) {
      this.fail(e);
    }
  }

  fail(e) {
    this.errors = e instanceof ApiError ? e.fields : {};
    this.error = e instanceof OfflineError ? t('offline') : e.message;
  }

  render() {
    return html`
      <form class="grid invite" @submit=${(e) => this.invite(e)}>
        <label>${t('staff.name')}<input name="name" required autocomplete="off"
          aria-invalid=${this.errors.name ? 'true' : nothing}></label>
        <label>${t('staff.email')}<input name="email" type="email" required autocomplete="off"
          aria-invalid=${this.errors.email ? 'true' : nothing}></label>
        <label>${t('staff.role')}<select name="role">${ROLES.map((r) => html`<option value=${r}>${t('role.' + r)}</option>`)}</select></label>
        <label>${t('staff.language')}<select name="language">
          <option value="de">Deutsch</option><option value="fr">Français</option><option value="en">English</option></select></label>
        <button type="submit">${t('staff.invite')}</button>
      </form>
      ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : ''}
      ${this.link ? html`<p role="status" class="notice">${t('staff.link', { name: this.link.staff.name,
        until: date(this.link.link.expiresAt, true) })}<br><code class="link">${this.link.link.url}</code></p>` : ''}
      <table class="striped"><thead><tr><th scope="col">${t('staff.name')}</th><th scope="col">${t('staff.email')}</th>
        <th scope="col">${t('staff.role')}</th><th scope="col">${t('staff.state')}</th><th></th></tr></thead>
        <tbody>${(this.staff || []).map((user) => html`<tr data-staff=${user.email}>
          <td>${user.name}</td><td>${user.email}</td>
          <td><select aria-label=${t('staff.role')} .value=${live(user.role)}
            @change=${(e) => this.change(user, { role: e.target.value })}>
            ${ROLES.map((r) => html`<option value=${r} ?selected=${r === user.role}>${t('role.' + r)}</option>`)}</select></td>
          <td>${t('state.' + user.state)}</td>
          <td>${user.state === 'DISABLED'
            ? html`<button class="outline" @click=${() => this.change(user, { state: 'ACTIVE' })}>${t('staff.enable')}</button>`
            : html`<button class="outline secondary" data-action="disable"
                @click=${() => this.change(user, { state: 'DISABLED' })}>${t('staff.disable')}</button>`}
            ${user.state !== 'DISABLED' ? html`<button class="outline" data-action="reset"
              @click=${() => this.reset(user)}>${t('staff.reset')}</button>` : ''}</td>
        </tr>`)}</tbody></table>`;
  }
}

customElements.define('patron-staff-settings', PatronStaffSettings);
