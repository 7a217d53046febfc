// Drives a page while counting what a person would do: each click, each field filled (typing a
// value is one action however long it is), each choice in a select and each key press is one.
import type { Locator } from '@playwright/test';

export class CountedActions {
  count = 0;

  async click(target: Locator) {
    this.count += 1;
    await target.click();
  }

  async fill(target: Locator, text: string) {
    this.count += 1;
    await target.fill(text);
  }

  async select(target: Locator, value: string) {
    this.count += 1;
    await target.selectOption(value);
  }

  async press(target: Locator, key: string) {
    this.count += 1;
    await target.press(key);
  }

  /** Types into a picker and takes its first match with Enter. */
  async pick(combobox: Locator, text: string) {
    await this.fill(combobox, text);
    await this.press(combobox, 'Enter');
  }
}
