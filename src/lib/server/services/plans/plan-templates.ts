import type { PrismaClient } from '../../db/generated/client';
import type { PlanItemInput } from '../../../domain/plan';
import type { Viewer } from '../../../domain/viewer';
import { forbidden, notFound } from '../../errors';
import { activityScope } from '../activities/activity-scope';

type TemplateItem = Omit<PlanItemInput, 'id'>;

/** The organization's plan templates. Steps whose activity is gone become free-text steps under its title. */
export async function listPlanTemplates(prisma: PrismaClient, viewer: Viewer) {
	const templates = await prisma.planTemplate.findMany({
		where: { organizationId: viewer.organizationId },
		orderBy: { createdAt: 'desc' },
		take: 200,
		select: { id: true, name: true, items: true, createdById: true, createdAt: true }
	});
	const parsed = templates.map((t) => ({ ...t, items: (t.items ?? []) as unknown as TemplateItem[] }));
	const ids = [
		...new Set(parsed.flatMap((t) => t.items.flatMap((i) => (i.activityId ? [i.activityId] : []))))
	];
	const visible = new Set(
		(
			await prisma.activity.findMany({
				where: { AND: [{ id: { in: ids } }, activityScope(viewer)] },
				select: { id: true }
			})
		).map((a) => a.id)
	);
	return parsed.map(({ createdById, ...t }) => ({
		...t,
		canDelete: createdById === viewer.userId || viewer.role === 'ADMIN',
		items: t.items.map((item): TemplateItem =>
			item.activityId && !visible.has(item.activityId)
				? { ...item, kind: 'FREE_TEXT', activityId: null }
				: item
		)
	}));
}

export async function savePlanTemplate(
	prisma: PrismaClient,
	viewer: Viewer,
	options: { name: string; items: PlanItemInput[] }
) {
	const ids = [...new Set(options.items.flatMap((i) => (i.activityId ? [i.activityId] : [])))];
	if (ids.length > 0) {
		const found = await prisma.activity.count({
			where: { AND: [{ id: { in: ids } }, activityScope(viewer)] }
		});
		if (found !== ids.length) throw notFound('errors.plan.activityNotFound');
	}
	const items: TemplateItem[] = options.items.map(({ kind, activityId, title, minutes, notes }) => ({
		kind,
		activityId,
		title,
		minutes,
		notes
	}));
	return prisma.planTemplate.create({
		data: { organizationId: viewer.organizationId, name: options.name, items, createdById: viewer.userId },
		select: { id: true, name: true }
	});
}

export async function deletePlanTemplate(prisma: PrismaClient, viewer: Viewer, templateId: string) {
	const template = await prisma.planTemplate.findFirst({
		where: { id: templateId, organizationId: viewer.organizationId },
		select: { id: true, createdById: true }
	});
	if (!template) throw notFound();
	if (template.createdById !== viewer.userId && viewer.role !== 'ADMIN') throw forbidden();
	await prisma.planTemplate.delete({ where: { id: templateId } });
	return { id: templateId };
}
