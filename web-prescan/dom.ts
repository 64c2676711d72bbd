/**
 * The few DOM helpers every part of the page shares: finding elements, showing and hiding
 * sections, and the one place messages and errors are announced (both regions are live, so a
 * screen reader reads them out).
 */

/** Thrown into the flow of a file the user replaced with another: not an error worth showing. */
export class Superseded extends Error {}

export const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
export const show = (id: string, on = true) => void ($(id).hidden = !on);

export function say(text: string): void {
  $('notice').textContent = text;
  $('error').textContent = '';
}

export function fail(err: unknown): void {
  if (err instanceof Superseded) return;
  $('error').textContent = err instanceof Error ? err.message : String(err);
}

/** Runs a form's handler with its button disabled, so a double submit sends nothing twice. */
export function onSubmit(id: string, handler: (data: Record<string, string>) => Promise<void>): void {
  const form = $<HTMLFormElement>(id);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const button = form.querySelector('button[type=submit]') as HTMLButtonElement;
    button.disabled = true;
    try {
      await handler(Object.fromEntries(new FormData(form)) as Record<string, string>);
    } catch (err) {
      fail(err);
    } finally {
      button.disabled = false;
    }
  });
}
