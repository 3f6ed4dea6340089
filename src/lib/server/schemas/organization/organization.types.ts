import { z } from 'zod';
import { THEMES, isBuiltInTheme } from '../../../domain/activity-library';
import { LOCALES } from '../../../i18n/types';
import { themeName } from '../../../i18n';

/** A custom theme may not take a built-in theme's key or its name in either language. */
function isBuiltInThemeName(name: string) {
	return isBuiltInTheme(name) || THEMES.some((t) => LOCALES.some((locale) => themeName(locale, t) === name));
}

/** An IANA time-zone name that this runtime knows (e.g. Asia/Shanghai). */
export function isTimeZone(value: string) {
	try {
		new Intl.DateTimeFormat('en', { timeZone: value });
		return value.includes('/') || value === 'UTC';
	} catch {
		return false;
	}
}

export const updateOrganizationInput = z.object({
	name: z.string().trim().min(1).max(100),
	defaultLocale: z.enum(LOCALES),
	timeZone: z.string().trim().min(1).max(64).refine(isTimeZone, 'errors.field.timeZone'),
	defaultSessionMinutes: z.number().int().min(15).max(480),
	customThemes: z
		.array(z.string().trim().min(1).max(40))
		.max(30)
		.refine((themes) => new Set(themes).size === themes.length, 'errors.field.duplicateTheme')
		.refine((themes) => !themes.some(isBuiltInThemeName), 'errors.field.builtInTheme')
});
