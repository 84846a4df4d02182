// A page the form does not have.
import { h } from '../dom.js';
import { mount, pageHeading } from '../shell.js';

export function showNotFound() {
  mount('Page not found', [
    ...pageHeading('Page not found'),
    h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-link', href: '#/' }, 'Go to the sections')),
  ]);
}
