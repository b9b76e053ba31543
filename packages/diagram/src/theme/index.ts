export { darkTheme, lightTheme, themes } from './theme.js';
export type { KindStyle, Theme, ThemeName } from './theme.js';
