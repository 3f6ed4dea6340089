import * as Y from 'yjs';
import { debriefSections, setSectionText, type DebriefSection } from '../../domain/debrief';
import type { PrismaClient } from './generated/client';

const TEXTS: Record<string, Record<DebriefSection, string>> = {
	TEEN_EMOTION: {
		wentWell: '组员基本准时到场，热身游戏后气氛轻松；多数组员愿意用“情绪温度计”说出自己本周的心情。',
		toChange: '分组讨论时间偏短，部分组员还没说完就进入下一环节；下次预留多 5 分钟，并提前说明时间安排。',
		concerns: '有一位组员连续缺席，需要电话了解情况；个别组员分享时较少开口，可安排两人小组先练习表达。',
		nextSteps: '会后与缺席组员联系；下节加入“冷静角”练习；与协同带领者分工记录互动。'
	},
	ELDER_SOCIAL: {
		wentWell: '长者们互相介绍自己的兴趣爱好，几位组员发现彼此住得很近，主动约定一起参加活动。',
		toChange: '活动室较吵，部分听力不好的长者跟不上讨论；下次使用话筒，并让组员围坐成小圈。',
		concerns: '有一位长者分享时提到近来睡眠不好、常感孤单，需会后个别跟进。',
		nextSteps: '联系社区志愿者协助接送；准备下一节的怀旧照片分享；个别跟进需要关心的组员。'
	}
};

/**
 * A written debrief for every session already run: a Yjs document (one text per section) saved with its
 * plain-text snapshot, and one stored change per section by the group's lead, so the history can be replayed.
 */
export async function seedDebriefs(prisma: PrismaClient, organizationId: string) {
	const sessions = await prisma.session.findMany({
		where: { organizationId, status: 'DONE', debrief: null },
		orderBy: [{ groupId: 'asc' }, { number: 'asc' }],
		select: {
			id: true,
			number: true,
			scheduledAt: true,
			group: { select: { theme: true, leaders: { where: { role: 'LEAD' }, select: { userId: true } } } }
		}
	});
	for (const session of sessions) {
		const texts = TEXTS[session.group.theme] ?? TEXTS.TEEN_EMOTION;
		const userId = session.group.leaders[0]?.userId;
		if (!userId) continue;
		const doc = new Y.Doc();
		const updates: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array) => updates.push(update));
		for (const [section, text] of Object.entries(texts))
			setSectionText(doc, section, `（第 ${session.number} 节）${text}`);
		const writtenAt = new Date(session.scheduledAt.getTime() + 2 * 3600_000);
		await prisma.debrief.create({
			data: {
				organizationId,
				sessionId: session.id,
				state: new Uint8Array(Y.encodeStateAsUpdate(doc)),
				sections: debriefSections(doc),
				version: updates.length + 1,
				updates: {
					create: updates.map((update, i) => ({
						userId,
						update: new Uint8Array(update),
						createdAt: new Date(writtenAt.getTime() + i * 60_000)
					}))
				}
			}
		});
	}
}
