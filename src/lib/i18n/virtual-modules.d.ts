// Modules made by the i18n-messages Vite plugin (src/lib/i18n/vite-plugin.ts).
declare module 'virtual:i18n-loaders' {
	type Loader = () => Promise<{ default: Record<string, string> }>;
	const loaders: Record<import('./types').Locale, Record<import('./load').MessageSlice, Loader>>;
	export default loaders;
}
