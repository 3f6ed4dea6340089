/**
 * Group theme templates (小组主题模板): a suggested plan of sessions per theme, built from the
 * built-in activity library. Every `activityKeys` entry refers to a `BuiltInActivity.key`.
 */
import type { Stage, Theme } from './vocabularies';

export interface GroupTemplateSession {
	stage: Stage;
	titleZh: string;
	titleEn: string;
	activityKeys: string[];
}

export interface GroupTemplate {
	key: Theme; // one per theme including CUSTOM
	nameZh: string;
	nameEn: string;
	targetPopulationZh: string;
	targetPopulationEn: string;
	goalsZh: string[];
	goalsEn: string[]; // 3–4 measurable goals (same count), empty for CUSTOM
	sessionCount: number;
	sessions: GroupTemplateSession[]; // length === sessionCount
	recruitmentCriteriaZh: string;
	recruitmentCriteriaEn: string;
	sessionMinutes: number; // default session length
	/** 理论依据 the plan book starts from; empty for CUSTOM (the facilitator names their own). */
	theoreticalBasisZh: string;
	theoreticalBasisEn: string;
}

export const GROUP_TEMPLATES: GroupTemplate[] = [
	{
		key: 'TEEN_EMOTION',
		nameZh: '青少年情绪管理小组',
		nameEn: 'Teen emotion management group',
		targetPopulationZh: '12至18岁、在情绪辨识与调节方面有困扰（如容易发脾气、焦虑、情绪低落）的在校青少年',
		targetPopulationEn:
			'Students aged 12–18 who find it hard to recognise or manage their emotions (e.g. quick temper, anxiety, low mood)',
		goalsZh: [
			'90%的组员能说出至少5个情绪词语，并辨识自己常见的情绪及其身体信号',
			'80%的组员掌握至少2种情绪调节方法（如腹式呼吸、ABC认知重构），并在小组期间实践至少3次',
			'80%的组员能在角色扮演中运用“我信息”表达情绪与需要至少1次',
			'组员在情绪调节量表上的后测平均分较前测有所改善'
		],
		goalsEn: [
			'90% of members can name at least five emotion words and identify their own common emotions and body signals',
			'80% of members learn at least two regulation techniques (e.g. belly breathing, ABC reframing) and practise them at least three times during the group',
			'80% of members use an I-message to express feelings and needs at least once in role play',
			'The average post-test score on an emotion regulation scale improves on the pre-test score'
		],
		sessionCount: 8,
		sessions: [
			{
				stage: 'BEGINNING',
				titleZh: '相识与约定',
				titleEn: 'Getting to know each other and agreeing norms',
				activityKeys: ['name-chain', 'find-common-ground', 'group-contract', 'expectation-tree']
			},
			{
				stage: 'WORKING',
				titleZh: '认识我的情绪',
				titleEn: 'Getting to know my emotions',
				activityKeys: ['emotion-thermometer', 'emotion-cards', 'emotion-charades']
			},
			{
				stage: 'WORKING',
				titleZh: '情绪背后的想法',
				titleEn: 'The thoughts behind feelings',
				activityKeys: ['mood-weather-report', 'anger-iceberg', 'abc-reframing']
			},
			{
				stage: 'WORKING',
				titleZh: '放松身心与信任',
				titleEn: 'Relaxing body and mind, building trust',
				activityKeys: ['belly-breathing', 'progressive-muscle-relaxation', 'trust-walk', 'closing-circle']
			},
			{
				stage: 'CONSOLIDATING',
				titleZh: '用心沟通',
				titleEn: 'Communicating with care',
				activityKeys: ['active-listening', 'i-messages']
			},
			{
				stage: 'CONSOLIDATING',
				titleZh: '中期回顾与解决问题',
				titleEn: 'Mid-group review and problem solving',
				activityKeys: ['mid-group-review', 'problem-solving-steps', 'gratitude-journal']
			},
			{
				stage: 'CONSOLIDATING',
				titleZh: '发现优势与支持',
				titleEn: 'Discovering strengths and support',
				activityKeys: ['strengths-bombardment', 'support-network-map']
			},
			{
				stage: 'ENDING',
				titleZh: '回顾与告别',
				titleEn: 'Review and farewell',
				activityKeys: ['review-and-farewell', 'appreciation-letters', 'certificate-ceremony']
			}
		],
		recruitmentCriteriaZh:
			'12至18岁；本人自愿参加并取得监护人书面同意；能出席8节中的至少6节；经组前面谈评估，目前没有需要即时危机介入的情况（如有自伤风险，先转介个案服务）。',
		recruitmentCriteriaEn:
			'Aged 12–18; joins voluntarily with written consent from a parent or guardian; able to attend at least six of the eight sessions; pre-group interview shows no need for immediate crisis intervention (anyone at risk of self-harm is first referred to casework).',
		theoreticalBasisZh:
			'1. 认知行为理论（CBT）：情绪并非由事件直接引起，而是受个人对事件的看法影响（ABC模式）。小组通过辨识自动化想法、练习认知重构，帮助组员调节情绪。\n2. 社会学习理论：组员在示范、角色扮演和同伴反馈中学习新的表达与应对方式。\n3. 小组动力学：安全、互信的小组氛围让组员愿意分享与尝试，同伴支持能巩固改变。',
		theoreticalBasisEn:
			'1. Cognitive behavioural theory (CBT): feelings are shaped not by events alone but by how we think about them (the ABC model). The group helps members notice automatic thoughts and practise reframing them.\n2. Social learning theory: members learn new ways of expressing feelings and coping through modelling, role play and peer feedback.\n3. Group dynamics: a safe, trusting group lets members share and try new things, and peer support reinforces change.',
		sessionMinutes: 90
	},
	{
		key: 'ELDER_SOCIAL',
		nameZh: '老年人社交兴趣小组',
		nameEn: 'Older adults social and interest group',
		targetPopulationZh: '60岁及以上、独居或社交活动较少、希望结识朋友和发展兴趣的社区长者',
		targetPopulationEn:
			'Community members aged 60 and over who live alone or have little social contact and would like to make friends and develop interests',
		goalsZh: [
			'80%的组员在小组结束时能叫出至少3位其他组员的名字，并与其中至少1位在组外保持联系',
			'80%的组员在小组中至少分享1次个人经历或展示1项专长',
			'组员在孤独感量表上的后测平均分较前测下降',
			'小组平均出席率达到80%或以上'
		],
		goalsEn: [
			'By the end, 80% of members can name at least three other members and keep in touch with at least one outside the group',
			'80% of members share a personal story or show a skill at least once in the group',
			'The average post-test score on a loneliness scale is lower than the pre-test score',
			'Average attendance reaches 80% or higher'
		],
		sessionCount: 6,
		sessions: [
			{
				stage: 'BEGINNING',
				titleZh: '有缘相识',
				titleEn: 'Meeting new friends',
				activityKeys: ['snowball-introduction', 'group-contract']
			},
			{
				stage: 'WORKING',
				titleZh: '老歌里的岁月',
				titleEn: 'Memories in old songs',
				activityKeys: ['baduanjin', 'old-songs-singalong']
			},
			{
				stage: 'WORKING',
				titleZh: '老照片的故事',
				titleEn: 'Stories behind old photos',
				activityKeys: ['chair-exercise', 'old-photos-reminiscence']
			},
			{
				stage: 'CONSOLIDATING',
				titleZh: '巧手剪纸',
				titleEn: 'Paper cutting together',
				activityKeys: ['mood-weather-report', 'paper-cutting']
			},
			{
				stage: 'CONSOLIDATING',
				titleZh: '我的人生故事',
				titleEn: 'My life story',
				activityKeys: ['life-review', 'belly-breathing']
			},
			{
				stage: 'ENDING',
				titleZh: '珍重再见',
				titleEn: 'Fond farewells',
				activityKeys: ['review-and-farewell', 'certificate-ceremony']
			}
		],
		recruitmentCriteriaZh:
			'60岁及以上；能自行或在陪同下到达活动场地；能以普通话或本地方言进行基本交流；没有严重认知障碍或急性疾病；自愿参加。',
		recruitmentCriteriaEn:
			'Aged 60 or over; able to reach the venue alone or with a companion; able to hold a basic conversation in Mandarin or the local dialect; no severe cognitive impairment or acute illness; joins voluntarily.',
		theoreticalBasisZh:
			'1. 社会支持理论：良好的社会支持网络能缓冲生活压力、减少孤独感。小组帮助长者结识同伴，建立组内外的支持关系。\n2. 活动理论（积极老龄化）：持续参与有意义的社会活动，有助于长者维持身心健康和生活满意度。\n3. 怀旧理论（缅怀往事）：通过回顾人生经历肯定自我价值，促进组员之间的理解与联结。',
		theoreticalBasisEn:
			'1. Social support theory: a good support network buffers stress and eases loneliness. The group helps older members make friends and build supportive ties inside and outside the group.\n2. Activity theory (active ageing): continued involvement in meaningful social activities helps older people stay well and satisfied with life.\n3. Reminiscence: looking back on life experiences affirms self-worth and deepens understanding and connection between members.',
		sessionMinutes: 60
	},
	{
		key: 'CARER_SUPPORT',
		nameZh: '照顾者支持小组',
		nameEn: 'Family caregiver support group',
		targetPopulationZh: '长期照顾失能、失智或患慢性病家人的家庭照顾者',
		targetPopulationEn:
			'Family members providing long-term care for a relative with a disability, dementia or a chronic illness',
		goalsZh: [
			'组员在照顾者负担量表上的后测平均分较前测下降',
			'80%的组员掌握至少2种减压方法，并完成1份书面的自我照顾计划',
			'80%的组员在支持网络图中找出至少2个新的支持来源或社区资源',
			'组员建立互助联系（如互助群组），并在小组结束后持续运作至少3个月'
		],
		goalsEn: [
			'The average post-test score on a caregiver burden scale is lower than the pre-test score',
			'80% of members learn at least two stress-relief techniques and complete a written self-care plan',
			'80% of members identify at least two new sources of support or community resources on their support network map',
			'Members set up a mutual-aid channel (e.g. a peer chat group) that keeps running for at least three months after the group'
		],
		sessionCount: 6,
		sessions: [
			{
				stage: 'BEGINNING',
				titleZh: '相识同行',
				titleEn: 'Meeting fellow travellers',
				activityKeys: ['snowball-introduction', 'group-contract', 'expectation-tree']
			},
			{
				stage: 'WORKING',
				titleZh: '看见照顾压力',
				titleEn: 'Recognising caregiving stress',
				activityKeys: ['caregiver-stress-check', 'emotion-cards', 'belly-breathing']
			},
			{
				stage: 'WORKING',
				titleZh: '照顾中的想法与情绪',
				titleEn: 'Thoughts and feelings in caregiving',
				activityKeys: ['abc-reframing', 'circle-of-control']
			},
			{
				stage: 'CONSOLIDATING',
				titleZh: '我的支持网络',
				titleEn: 'My support network',
				activityKeys: ['support-network-map', 'problem-solving-steps']
			},
			{
				stage: 'CONSOLIDATING',
				titleZh: '照顾好自己',
				titleEn: 'Taking care of myself',
				activityKeys: ['body-scan', 'self-care-plan', 'strengths-bombardment']
			},
			{
				stage: 'ENDING',
				titleZh: '回顾与祝福',
				titleEn: 'Review and good wishes',
				activityKeys: ['review-and-farewell', 'appreciation-letters', 'certificate-ceremony']
			}
		],
		recruitmentCriteriaZh:
			'作为主要照顾者持续照顾家人半年以上，或每周照顾时间不少于20小时；自愿参加；活动期间能安排被照顾者的临时照顾（机构可协助链接喘息服务）；经面谈评估，没有需要优先处理的危机情况。',
		recruitmentCriteriaEn:
			'Primary carer for at least six months, or providing 20 or more hours of care a week; joins voluntarily; can arrange temporary care for the person cared for during sessions (the agency can help link to respite services); interview shows no crisis that needs priority handling.',
		theoreticalBasisZh:
			'1. 压力与应对理论（Lazarus 与 Folkman）：照顾压力取决于照顾者对压力的评估和可用的应对资源。小组协助组员重新评估压力、学习应对方法。\n2. 社会支持理论：同路人的互助和社区资源能够减轻照顾负担。\n3. 增能视角：肯定照顾者的经验与能力，让组员在小组中由受助者转变为互助者。',
		theoreticalBasisEn:
			'1. Stress and coping theory (Lazarus and Folkman): caregiving stress depends on how carers appraise it and on the coping resources they have. The group helps members reappraise stress and learn ways to cope.\n2. Social support theory: mutual aid among peers and community resources ease the burden of care.\n3. Empowerment perspective: the group recognises carers’ experience and strengths, so that members move from receiving help to helping each other.',
		sessionMinutes: 90
	},
	{
		key: 'PARENT_CHILD',
		nameZh: '亲子沟通小组',
		nameEn: 'Parent-child communication group',
		targetPopulationZh: '希望改善亲子沟通与关系的家庭，孩子6至12岁，每个家庭由一位家长和一位孩子共同参加',
		targetPopulationEn:
			'Families who want to improve communication and their relationship, with a child aged 6–12; one parent and one child attend together',
		goalsZh: [
			'80%的家长能在角色扮演中正确运用“我信息”和积极倾听技巧',
			'80%的家庭在小组期间完成至少3次家庭作业（如每日具体赞赏、亲子共处时间）',
			'亲子关系量表的后测平均分较前测提升'
		],
		goalsEn: [
			'80% of parents correctly use I-messages and active listening in role play',
			'80% of families complete at least three home assignments during the group (e.g. daily specific praise, family time)',
			'The average post-test score on a parent-child relationship scale is higher than the pre-test score'
		],
		sessionCount: 6,
		sessions: [
			{
				stage: 'BEGINNING',
				titleZh: '亲子初相识',
				titleEn: 'Families getting acquainted',
				activityKeys: ['name-chain', 'parent-child-co-drawing', 'group-contract']
			},
			{
				stage: 'WORKING',
				titleZh: '读懂彼此的情绪',
				titleEn: 'Reading each other’s emotions',
				activityKeys: ['emotion-charades', 'emotion-cards', 'back-to-back-drawing']
			},
			{
				stage: 'WORKING',
				titleZh: '用心倾听',
				titleEn: 'Listening with heart',
				activityKeys: ['emotion-thermometer', 'active-listening', 'trust-walk']
			},
			{
				stage: 'CONSOLIDATING',
				titleZh: '我信息与家庭关系',
				titleEn: 'I-messages and family relationships',
				activityKeys: ['i-messages', 'family-sculpture']
			},
			{
				stage: 'CONSOLIDATING',
				titleZh: '欣赏与共同成长',
				titleEn: 'Appreciation and growing together',
				activityKeys: ['planting', 'specific-praise']
			},
			{
				stage: 'ENDING',
				titleZh: '我们的成长纪念',
				titleEn: 'Celebrating our growth',
				activityKeys: ['review-and-farewell', 'memory-book']
			}
		],
		recruitmentCriteriaZh:
			'孩子年龄6至12岁；家长与孩子均自愿参加，并能共同出席至少5节；家庭中没有正在进行的家庭暴力或儿童保护个案（如有，先转介相应服务）。',
		recruitmentCriteriaEn:
			'Child aged 6–12; both parent and child join voluntarily and can attend at least five sessions together; no current family violence or child protection case in the family (if there is, refer to the appropriate service first).',
		theoreticalBasisZh:
			'1. 家庭系统理论：亲子之间的互动模式相互影响，改变沟通方式可以带动整个家庭关系的改善。\n2. 社会学习理论：家长和孩子通过示范、练习和正向强化学习新的沟通技巧。\n3. 人本主义沟通取向（积极倾听、“我信息”）：以尊重和同理的方式表达感受与需要，减少指责和冲突。',
		theoreticalBasisEn:
			'1. Family systems theory: parents’ and children’s patterns of interaction shape each other, so changing how they communicate improves the whole family relationship.\n2. Social learning theory: parents and children learn new communication skills through modelling, practice and positive reinforcement.\n3. Person-centred communication (active listening, I-messages): expressing feelings and needs with respect and empathy reduces blame and conflict.',
		sessionMinutes: 90
	},
	{
		key: 'RESIDENT_LEADERS',
		nameZh: '居民骨干培育小组',
		nameEn: 'Resident leader development group',
		targetPopulationZh:
			'热心社区事务、已参与或有意参与社区自治与志愿服务的居民，如楼栋长、志愿者、兴趣队伍骨干',
		targetPopulationEn:
			'Residents who care about community affairs and take part, or want to take part, in local self-governance and volunteering, e.g. building representatives, volunteers and interest-group organisers',
		goalsZh: [
			'组员共同完成1份社区资产地图，识别不少于10项社区资产',
			'80%的组员在模拟会议中完成1次主持，并做到“好主持”清单中的至少4项',
			'小组结束前形成至少1份由居民主导的社区小项目策划书，并在结束后3个月内实施',
			'组员在自我效能感量表上的后测平均分较前测提升'
		],
		goalsEn: [
			'Members jointly complete a community asset map identifying at least ten community assets',
			'80% of members chair one mock meeting and meet at least four items on the good-chairing checklist',
			'Before the group ends, at least one resident-led community project plan is produced and put into action within three months',
			'The average post-test score on a self-efficacy scale is higher than the pre-test score'
		],
		sessionCount: 6,
		sessions: [
			{
				stage: 'BEGINNING',
				titleZh: '携手同行',
				titleEn: 'Joining hands',
				activityKeys: ['snowball-introduction', 'group-contract', 'expectation-tree']
			},
			{
				stage: 'WORKING',
				titleZh: '发现社区资产',
				titleEn: 'Discovering community assets',
				activityKeys: ['human-knot', 'community-asset-mapping']
			},
			{
				stage: 'WORKING',
				titleZh: '沟通与协作',
				titleEn: 'Communication and teamwork',
				activityKeys: ['paper-tower', 'active-listening']
			},
			{
				stage: 'CONSOLIDATING',
				titleZh: '学做会议主持',
				titleEn: 'Learning to chair meetings',
				activityKeys: ['meeting-facilitation-practice', 'role-play']
			},
			{
				stage: 'CONSOLIDATING',
				titleZh: '策划社区小项目',
				titleEn: 'Planning a community project',
				activityKeys: ['goal-setting', 'project-planning']
			},
			{
				stage: 'ENDING',
				titleZh: '回顾与再出发',
				titleEn: 'Review and moving forward',
				activityKeys: ['review-and-farewell', 'strengths-bombardment', 'certificate-ceremony']
			}
		],
		recruitmentCriteriaZh:
			'18岁以上的社区居民；有意愿承担社区事务；能出席至少5节；由居委会或社区组织推荐，或本人自荐，经面谈确认参与动机。',
		recruitmentCriteriaEn:
			'Community residents aged 18 or over; willing to take on community responsibilities; able to attend at least five sessions; recommended by the residents’ committee or a community organisation, or self-nominated, with motivation confirmed at interview.',
		theoreticalBasisZh:
			'1. 增能理论：通过参与和实践，居民提升对社区事务的掌控感和行动能力。\n2. 优势视角与资产为本的社区发展（ABCD）：从社区已有的资产和居民的能力出发，而不只看问题与不足。\n3. 小组发展与领导力理论：在小组中练习沟通、协作和会议主持，逐步培养能够带动他人的居民骨干。',
		theoreticalBasisEn:
			'1. Empowerment theory: by taking part and acting together, residents gain a sense of control over community affairs and the ability to act.\n2. Strengths perspective and asset-based community development (ABCD): start from the assets a community already has and the abilities of its residents, not only from problems and needs.\n3. Group development and leadership: practising communication, teamwork and chairing meetings in the group grows resident leaders who can mobilise others.',
		sessionMinutes: 90
	},
	{
		key: 'CUSTOM',
		nameZh: '自定义小组',
		nameEn: 'Custom group',
		targetPopulationZh: '请根据小组的需要，填写服务对象的年龄、处境与共同需要。',
		targetPopulationEn:
			'Describe the age, circumstances and shared needs of the people this group will serve.',
		goalsZh: [],
		goalsEn: [],
		sessionCount: 6,
		sessions: [
			{
				stage: 'BEGINNING',
				titleZh: '相识与约定',
				titleEn: 'Introductions and group norms',
				activityKeys: ['name-chain', 'group-contract', 'expectation-tree']
			},
			{
				stage: 'WORKING',
				titleZh: '建立信任',
				titleEn: 'Building trust',
				activityKeys: ['mood-weather-report', 'trust-walk', 'paper-tower']
			},
			{
				stage: 'WORKING',
				titleZh: '主题学习与练习',
				titleEn: 'Theme learning and practice',
				activityKeys: ['problem-solving-steps', 'role-play']
			},
			{
				stage: 'CONSOLIDATING',
				titleZh: '中期回顾与调整',
				titleEn: 'Mid-group review and adjustment',
				activityKeys: ['mid-group-review', 'goal-setting', 'active-listening']
			},
			{
				stage: 'CONSOLIDATING',
				titleZh: '巩固与迁移',
				titleEn: 'Consolidating and applying learning',
				activityKeys: ['support-network-map', 'self-care-plan']
			},
			{
				stage: 'ENDING',
				titleZh: '回顾与告别',
				titleEn: 'Review and farewell',
				activityKeys: ['review-and-farewell', 'appreciation-letters', 'certificate-ceremony']
			}
		],
		recruitmentCriteriaZh: '请根据小组目标填写招募条件，如年龄范围、参与意愿、出席要求及排除条件。',
		recruitmentCriteriaEn:
			'Set recruitment criteria that fit the group goals, such as age range, willingness to take part, attendance expectations and exclusions.',
		theoreticalBasisZh: '',
		theoreticalBasisEn: '',
		sessionMinutes: 90
	}
];

/** Every built-in theme, including CUSTOM, has exactly one template. */
/** The template of a built-in theme; an organization's own theme starts from scratch, as CUSTOM does. */
export function templateFor(key: string): GroupTemplate {
	const template =
		GROUP_TEMPLATES.find((t) => t.key === key) ?? GROUP_TEMPLATES.find((t) => t.key === 'CUSTOM');
	if (!template) throw new Error(`No group template for theme ${key}`);
	return template;
}
