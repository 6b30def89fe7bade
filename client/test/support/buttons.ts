/** Finds and presses buttons by their label, the way a user picks them. */
import type { DOMWrapper } from '@vue/test-utils';
import { settle } from './mount-page';

/** A mounted component or an element of it: anything that can look for elements below it. */
type Wrapper = { findAll(selector: string): DOMWrapper<Element>[] };

/** The first element matching `selector` whose text is `label` (or starts with it, for labels that carry a count or an arrow). */
export function buttonLabelled(wrapper: Wrapper, label: string, { selector = 'button', prefix = false } = {}) {
  const found = wrapper.findAll(selector).find((b) => (prefix ? b.text().startsWith(label) : b.text() === label));
  if (!found) throw new Error(`no ${selector} labelled "${label}"`);
  return found;
}

/** Clicks the button labelled `label` and lets what it asked for render. */
export async function clickButton(wrapper: Wrapper, label: string, options: { selector?: string; prefix?: boolean } = {}) {
  await buttonLabelled(wrapper, label, options).trigger('click');
  await settle();
}
