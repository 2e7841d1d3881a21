import { LitElement } from 'lit';

/**
 * The back office's base element: it renders into the page itself (no shadow root), so the
 * page's styles (Pico CSS) and its labels, focus and forms work as in any HTML page.
 */
export class PatronElement extends LitElement {
  createRenderRoot() {
    return this;
  }
}
