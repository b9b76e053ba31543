import type { ThemeName } from '@kubegram/diagram';
import type { ThemeChoice } from './types.ts';

/**
 * The theme to draw with. `auto` follows the reader's colour scheme here, in the page; the one
 * place to change when the SVG can carry both themes itself.
 */
export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): ThemeName {
  if (choice === 'auto') return prefersDark ? 'dark' : 'light';
  return choice;
}
