import { html } from 'lit';
import { call, get, setCsrfToken } from './api.js';
import { PatronElement } from './element.js';
import { currentLanguage, setLanguage, t } from './i18n.js';
import { setTimeZone } from './sdk.js';
import './sign-in.js';
import './set-password.js';
import './customer-list.js';
import './customer-form.js';
import './customer-page.js';
import './plugin-part.js';
import './settings-page.js';
import './import-page.js';
import './console.js';

/** Who sees Import and Settings: staff work at the till, managers and owners set the restaurant up. */
const SETTING_ROLES = ['MANAGER', 'OWNER'];

/** The shell: who is signed in, the navigation, and the page the address names (#/customers ...). */
class PatronApp extends PatronElement {
  static properties = { session: { state: true }, route: { state: true }, notice: { state: true } };

  constructor() {
    super();
    this.session = undefined;
    this.route = location.hash;
    this.notice = null;
    window.addEventListener('hashchange', () => { this.route = location.hash; });
    window.addEventListener('patron-session-ended', () => this.ended());
  }

  connectedCallback() {
    super.connectedCallback();
    if (location.pathname === '/set-password' || location.pathname === '/console') {
      this.session = null;
      return;
    }
    get('/auth/session').then((session) => this.signedIn(session), () => { this.session = null; });
  }

  async signedIn(session) {
    setCsrfToken(session.csrfToken);
    setLanguage(session.staff.language);
    setTimeZone(session.tenant.timeZone);
    session.parts = await get('/back-office')
      .catch(() => ({ customerSections: [], settingsPages: [], customerListColumns: [], menuPages: [] }));
    this.session = session;
    this.notice = null;
    if (!location.hash) {
      location.hash = '#/customers';
    }
  }

  /**
   * The session ended while someone worked: the page stays as it is, with what they typed, under a
   * sign-in dialog; once signed in again they save as before.
   */
  ended() {
    if (this.session) {
      this.expired = true;
      this.requestUpdate();
      this.updateComplete.then(() => this.querySelector('dialog.session-ended')?.showModal());
    }
  }

  async signedInAgain(session) {
    if (session.staff.id !== this.session.staff.id) {
      location.reload(); // someone else signed in: nothing of the previous person's page stays
      return;
    }
    this.querySelector('dialog.session-ended')?.close();
    this.expired = false;
    setCsrfToken(session.csrfToken);
    this.session = { ...session, parts: this.session.parts };
  }

  async signOut() {
    await call('DELETE', '/auth/session').catch(() => {});
    setCsrfToken(null);
    this.session = null;
  }

  render() {
    if (location.pathname === '/console') {
      return html`<patron-console></patron-console>`;
    }
    if (location.pathname === '/set-password') {
      return html`<main class="container"><patron-set-password></patron-set-password></main>`;
    }
    if (this.session === undefined) {
      return html`<main class="container" aria-busy="true"></main>`;
    }
    if (this.session === null) {
      return html`<main class="container">
        ${this.notice ? html`<p role="alert" class="notice">${this.notice}</p>` : ''}
        <patron-sign-in @signed-in=${(e) => this.signedIn(e.detail)}></patron-sign-in></main>`;
    }
    return html`
      <header class="container">
        <nav>
          <ul><li><strong>${this.session.tenant.name}</strong></li>
            <li><a href="#/customers">${t('nav.customers')}</a></li>
            ${(this.session.parts.menuPages || []).map((part) => html`<li><a href="#/plugin/${part.element}">
              ${part.titles[currentLanguage()] || part.titles.en}</a></li>`)}
            ${SETTING_ROLES.includes(this.session.staff.role) ? html`<li><a href="#/import">${t('nav.import')}</a></li>
              <li><a href="#/settings">${t('nav.settings')}</a></li>` : ''}</ul>
          <ul><li>${this.session.staff.name}</li>
            <li><button class="secondary outline" @click=${() => this.signOut()}>${t('nav.signOut')}</button></li></ul>
        </nav>
      </header>
      <main class="container">${this.page()}</main>
      ${this.expired ? html`<dialog class="session-ended" aria-labelledby="session-ended-title">
        <article><p id="session-ended-title" role="alert">${t('session.ended')}</p>
          <patron-sign-in @signed-in=${(e) => this.signedInAgain(e.detail)}></patron-sign-in></article></dialog>` : ''}`;
  }

  page() {
    const parts = this.route.replace(/^#\/?/, '').split('/');
    const menuPage = parts[0] === 'plugin' && (this.session.parts.menuPages || []).find((p) => p.element === parts[1]);
    if (menuPage) {
      return html`<patron-plugin-part .part=${menuPage} .props=${{ role: this.session.staff.role }}></patron-plugin-part>`;
    }
    if (parts[0] === 'import' && SETTING_ROLES.includes(this.session.staff.role)) {
      return html`<patron-import-page></patron-import-page>`;
    }
    if (parts[0] === 'settings' && SETTING_ROLES.includes(this.session.staff.role)) {
      return html`<patron-settings-page .session=${this.session} page=${parts[1] || ''}></patron-settings-page>`;
    }
    if (parts[0] === 'customers' && parts[1] === 'new') {
      return html`<patron-customer-form .session=${this.session}></patron-customer-form>`;
    }
    if (parts[0] === 'customers' && parts[1]) {
      return html`<patron-customer-page .session=${this.session} customer-id=${parts[1]}></patron-customer-page>`;
    }
    return html`<patron-customer-list .session=${this.session}></patron-customer-list>`;
  }
}

customElements.define('patron-app', PatronApp);
