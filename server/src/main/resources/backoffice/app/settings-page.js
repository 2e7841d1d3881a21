import { html } from 'lit';
import { PatronElement } from './element.js';
import { currentLanguage, t } from './i18n.js';
import './staff-settings.js';
import './plugin-part.js';

const OWNERS = ['OWNER'];

/**
 * Settings, for managers and owners: the staff (owners) and each plugin's settings page
 * (SETTINGS_PAGE parts: order profiles, discounts ...), one at a time by address.
 */
class PatronSettingsPage extends PatronElement {
  static properties = { session: { attribute: false }, page: {} };

  pages() {
    const pages = [];
    if (OWNERS.includes(this.session.staff.role)) {
      pages.push({ id: 'staff', title: t('settings.staff') });
    }
    for (const part of this.session.parts?.settingsPages || []) {
      pages.push({ id: part.element, title: part.titles[currentLanguage()] || part.titles.en, part });
    }
    return pages;
  }

  render() {
    const pages = this.pages();
    const current = pages.find((p) => p.id === this.page) || pages[0];
    return html`
      <h1>${t('settings.title')}</h1>
      <nav aria-label=${t('settings.title')}><ul>${pages.map((p) => html`<li>
        <a href="#/settings/${p.id}" aria-current=${p === current ? 'page' : 'false'}>${p.title}</a></li>`)}</ul></nav>
      ${!current ? '' : current.id === 'staff' ? html`<patron-staff-settings></patron-staff-settings>`
        : html`<patron-plugin-part .part=${current.part} .props=${{ role: this.session.staff.role }}></patron-plugin-part>`}`;
  }
}

customElements.define('patron-settings-page', PatronSettingsPage);
