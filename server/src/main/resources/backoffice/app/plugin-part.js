import { html } from 'lit';
import { PatronElement } from './element.js';
import { currentLanguage } from './i18n.js';

const loaded = new Map();

/** Loads a part's module once; the element is defined when the promise resolves. */
export function loadPart(part) {
  if (!loaded.has(part.module)) {
    loaded.set(part.module, import(part.module));
  }
  return loaded.get(part.module);
}

/**
 * One plugin's part ({@code GET /api/v1/back-office}): loads its module and shows its element with
 * the properties its slot promises. A part that fails to load says so in its own box; the rest of
 * the page goes on.
 */
class PatronPluginPart extends PatronElement {
  static properties = { part: { attribute: false }, props: { attribute: false }, failed: { state: true } };

  updated() {
    const part = this.part;
    loadPart(part).then(() => {
      if (this.part !== part) {
        return; // another part was asked for while this one loaded
      }
      // The same box shows another part when the page changes (Settings): only this one stays.
      const body = this.querySelector('.part-body');
      let element = [...body.children].find((child) => child.localName === part.element);
      [...body.children].filter((child) => child !== element).forEach((child) => child.remove());
      if (!element) {
        element = document.createElement(part.element);
        body.append(element);
      }
      Object.assign(element, this.props, { language: currentLanguage() });
    }, (error) => { this.failed = String(error); });
  }

  render() {
    const title = this.part.titles[currentLanguage()] || this.part.titles.en;
    return html`<article data-plugin=${this.part.plugin}>
      <header><strong>${title}</strong></header>
      ${this.failed ? html`<p role="alert" class="error">${this.failed}</p>` : ''}
      <div class="part-body"></div></article>`;
  }
}

customElements.define('patron-plugin-part', PatronPluginPart);
