// A page of its own in the back office's menu: the first names of everyone greeted so far.
import { html } from 'lit';
import { PatronElement, get } from '/ui/app/sdk.js';

class HelloGreeted extends PatronElement {
  static properties = { names: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    get('/plugins/hello/greetings').then((answer) => { this.names = answer.greeted; });
  }

  render() {
    return html`<ul class="hello-greeted">${(this.names || []).map((name) => html`<li>${name}</li>`)}</ul>`;
  }
}

customElements.define('hello-greeted', HelloGreeted);
