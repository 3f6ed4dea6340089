import { isBuiltInTheme } from '../../../domain/activity-library';
import { badRequest } from '../../errors';

/**
 * A theme (of a group, or a tag of an activity) is a built-in one or one of the organization's own themes (its
 * settings). A record keeps the themes it has even after the organization removes one from its list, so the
 * record's current themes (`kept`) are allowed too.
 */
export function assertThemeAllowed(theme: string, customThemes: string[], kept: readonly string[] = []) {
	if (isBuiltInTheme(theme) || customThemes.includes(theme) || kept.includes(theme)) return;
	throw badRequest('groups.error.unknownTheme');
}
