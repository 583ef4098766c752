// The deck's virtual modules (declared for the client in client/virtual.d.ts): the config, the
// theme's stylesheet, and every style of the page in cascade order.
export const DECK_ID = 'virtual:deck';
export const THEME_ID = 'virtual:deck-theme';
export const STYLES_ID = 'virtual:deck-styles';
