import { isBuiltInTheme } from '../../../domain/activity-library';
import { badRequest } from '../../trpc/errors';

/**
 * A group's theme is a built-in one or one of the organization's own themes (its settings). A group keeps the
 * theme it has even after the organization removes that theme from its list, so `current` is allowed too.
 */
export function assertThemeAllowed(theme: string, customThemes: string[], current?: string) {
	if (isBuiltInTheme(theme) || customThemes.includes(theme) || theme === current) return;
	throw badRequest('groups.error.unknownTheme');
}
