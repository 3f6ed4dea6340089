import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { forbidden, notFound } from '../../errors';
import type { ActivityFields } from '../../schemas/activities/activities.types';
import { assertThemeAllowed } from '../groups/check-theme';
import { organizationThemes } from '../organization/organization-themes';

/** Fills a missing language from the other one, so every activity reads in both. */
function normalized(fields: ActivityFields) {
	const titleZh = fields.titleZh || fields.titleEn;
	const titleEn = fields.titleEn || fields.titleZh;
	const stepsZh = fields.stepsZh.length ? fields.stepsZh : fields.stepsEn;
	const stepsEn = fields.stepsEn.length ? fields.stepsEn : fields.stepsZh;
	return {
		...fields,
		titleZh,
		titleEn,
		stepsZh,
		stepsEn,
		stages: [...new Set(fields.stages)],
		themes: [...new Set(fields.themes)],
		needsMaterials: Boolean(fields.materialsZh || fields.materialsEn)
	};
}

/** An activity is tagged with built-in themes and the organization's own; it keeps a theme the list lost since. */
async function assertThemesAllowed(
	prisma: PrismaClient,
	viewer: Viewer,
	themes: string[],
	kept: readonly string[] = []
) {
	if (themes.length === 0) return;
	const customThemes = await organizationThemes(prisma, viewer.organizationId);
	for (const theme of themes) assertThemeAllowed(theme, customThemes, kept);
}

export async function createActivity(prisma: PrismaClient, viewer: Viewer, fields: ActivityFields) {
	await assertThemesAllowed(prisma, viewer, fields.themes);
	const created = await prisma.activity.create({
		data: { ...normalized(fields), organizationId: viewer.organizationId },
		select: { id: true }
	});
	return created;
}

/** The organization's own activity; a built-in one is read-only, another organization's is NOT_FOUND. */
async function requireOwnActivity(prisma: PrismaClient, viewer: Viewer, activityId: string) {
	const activity = await prisma.activity.findFirst({
		where: { id: activityId, OR: [{ organizationId: null }, { organizationId: viewer.organizationId }] },
		select: { id: true, organizationId: true, titleZh: true, titleEn: true, themes: true }
	});
	if (!activity) throw notFound();
	if (activity.organizationId === null) throw forbidden('errors.activity.builtInReadOnly');
	return activity;
}

export async function updateActivity(
	prisma: PrismaClient,
	viewer: Viewer,
	activityId: string,
	fields: ActivityFields
) {
	const current = await requireOwnActivity(prisma, viewer, activityId);
	await assertThemesAllowed(prisma, viewer, fields.themes, current.themes);
	return prisma.activity.update({
		where: { id: activityId },
		data: normalized(fields),
		select: { id: true }
	});
}

/**
 * Deletes an organization's own activity. Plans that used it keep the step under its title, so that a past
 * session's record still reads as it was run.
 */
export async function deleteActivity(prisma: PrismaClient, viewer: Viewer, activityId: string) {
	const activity = await requireOwnActivity(prisma, viewer, activityId);
	await prisma.$transaction([
		prisma.planItem.updateMany({
			where: { activityId, title: '' },
			data: { title: activity.titleZh || activity.titleEn }
		}),
		prisma.activity.delete({ where: { id: activityId } })
	]);
	return { id: activityId };
}
