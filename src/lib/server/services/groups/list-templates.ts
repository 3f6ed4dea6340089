import { GROUP_TEMPLATES } from '../../../domain/group-templates';
import type { Locale } from '../../../i18n/types';
import type { PrismaClient } from '../../db/generated/client';
import { organizationThemes } from '../organization/organization-themes';

/** The theme templates in the caller's language, as the wizard pre-fills them. */
export function listTemplates(locale: Locale) {
	const en = locale === 'en';
	return GROUP_TEMPLATES.map((t) => ({
		key: t.key,
		name: en ? t.nameEn : t.nameZh,
		targetPopulation: en ? t.targetPopulationEn : t.targetPopulationZh,
		goals: en ? t.goalsEn : t.goalsZh,
		recruitmentCriteria: en ? t.recruitmentCriteriaEn : t.recruitmentCriteriaZh,
		theoreticalBasis: en ? t.theoreticalBasisEn : t.theoreticalBasisZh,
		sessionCount: t.sessionCount,
		sessionMinutes: t.sessionMinutes,
		sessions: t.sessions.map((s) => ({
			stage: s.stage,
			title: en ? s.titleEn : s.titleZh,
			activityCount: s.activityKeys.length
		}))
	}));
}

/** The theme templates, and the organization's own themes (which start from scratch). */
export async function listTemplatesAndThemes(prisma: PrismaClient, organizationId: string, locale: Locale) {
	return { templates: listTemplates(locale), customThemes: await organizationThemes(prisma, organizationId) };
}
