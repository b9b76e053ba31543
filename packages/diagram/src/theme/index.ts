export { darkTheme, lightTheme, themes } from './theme.js';
export type { KindStyle, Theme, ThemeChoice, ThemeName } from './theme.js';
export { themeTokens } from './theme-tokens.js';
