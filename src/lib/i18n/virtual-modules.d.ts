// Modules made by the i18n-messages Vite plugin (scripts/vite-plugin-i18n.ts).
declare module 'virtual:i18n-loaders' {
	type Loader = () => Promise<{ default: Record<string, string> }>;
	const loaders: Record<import('./types').Locale, Record<import('./load').MessageSlice, Loader>>;
	export default loaders;
}
